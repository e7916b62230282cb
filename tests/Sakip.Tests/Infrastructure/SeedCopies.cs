using System.Text.RegularExpressions;

namespace Sakip.Tests.Infrastructure;

/// <summary>A document to write: a copy of a template folder under its own key, region and agency.</summary>
public sealed record SeedCopy(string Template, string Key, string RegionCode, string AgencyKey);

/// <summary>
/// Seed folders made for a test from template documents (the test fixtures' two transcriptions): each copy gets its own
/// key, region (named after its code, so every copy of a region names it alike) and agency.
/// </summary>
public static partial class SeedCopies
{
    public const string Rak = TestSeed.Rak;
    public const string Lkjip = TestSeed.Lkjip;

    public static void Write(string seedDirectory, IEnumerable<SeedCopy> copies)
    {
        foreach (var copy in copies)
        {
            var source = TestSeed.FolderOf(copy.Template);
            var target = Path.Combine(seedDirectory, copy.Key);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }
            var manifest = Path.Combine(target, "document.yaml");
            var yaml = File.ReadAllText(manifest);
            yaml = KeyLine().Replace(yaml, $"key: {copy.Key}", 1);
            yaml = RegionBlock().Replace(yaml, $"region:\n  code: \"{copy.RegionCode}\"\n  name: Kabupaten Uji {copy.RegionCode}\n  province: Provinsi Uji\n", 1);
            yaml = AgencyKey().Replace(yaml, $"agency:\n  key: {copy.AgencyKey}", 1);
            File.WriteAllText(manifest, yaml);
        }
    }

    /// <summary>Replaces the first occurrence of a text in a file of a copy (the text must be there); returns the 1-based line it starts on.</summary>
    public static int Replace(string seedDirectory, string relativeFile, string text, string replacement)
    {
        var path = Path.Combine(seedDirectory, relativeFile);
        var content = File.ReadAllText(path);
        var at = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in {relativeFile}");
        File.WriteAllText(path, content[..at] + replacement + content[(at + text.Length)..]);
        return content[..at].Count(c => c == '\n') + 1;
    }

    /// <summary>Loads a broken seed into the run's database: it must fail with the seed's errors and change no row.</summary>
    public static async Task<Sakip.Api.Seeding.SeedValidationException> LoadFailsLeavingTheDatabaseAsItWasAsync(DatabaseFixture fixture, string seedDirectory)
    {
        var before = await TableCounts.ReadAsync(fixture);
        await using var db = fixture.CreateContext();
        var error = await Assert.ThrowsAsync<Sakip.Api.Seeding.SeedValidationException>(() => DatabaseFixture.LoadSeedAsync(db, seedDirectory));
        Assert.Equal(before, await TableCounts.ReadAsync(fixture));
        return error;
    }

    [GeneratedRegex(@"^key: .*$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^region:\n(  .*\n)+", RegexOptions.Multiline)]
    private static partial Regex RegionBlock();

    [GeneratedRegex(@"^agency:\n  key: \S+", RegexOptions.Multiline)]
    private static partial Regex AgencyKey();
}
