using System.Text.RegularExpressions;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Infrastructure;

/// <summary>A document to write: a copy of a template folder under its own key, region and agency.</summary>
public sealed record SeedCopy(string Template, string Key, string RegionCode, string AgencyKey);

/// <summary>
/// Seed folders made for a test from template documents (the test fixtures' two transcriptions): each copy gets its own
/// key, region (named after its code, so every copy of a region names it alike) and agency.
/// </summary>
public static partial class SeedCopies
{
    public const string Rak = "seruyan-rak-2026";
    public const string Lkjip = "tanahlaut-lkjip-2022";

    public static void Write(string seedDirectory, IEnumerable<SeedCopy> copies)
    {
        foreach (var copy in copies)
        {
            var source = Path.Combine(RepositoryPaths.DefaultSeedDirectory, copy.Template);
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

    /// <summary>Replaces the first occurrence of a text in a file of a copy; the text must be there.</summary>
    public static void Replace(string seedDirectory, string relativeFile, string text, string replacement)
    {
        var path = Path.Combine(seedDirectory, relativeFile);
        var content = File.ReadAllText(path);
        var at = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in {relativeFile}");
        File.WriteAllText(path, content[..at] + replacement + content[(at + text.Length)..]);
    }

    [GeneratedRegex(@"^key: .*$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^region:\n(  .*\n)+", RegexOptions.Multiline)]
    private static partial Regex RegionBlock();

    [GeneratedRegex(@"^agency:\n  key: \S+", RegexOptions.Multiline)]
    private static partial Regex AgencyKey();
}
