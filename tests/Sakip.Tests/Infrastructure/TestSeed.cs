using Sakip.Api.Hosting;

namespace Sakip.Tests.Infrastructure;

/// <summary>
/// The documents the suite loads, named: the two real transcriptions of seed/, by key, never whatever else an
/// installation's seed/ holds (a deployment adds documents; the tests' figures stay those of these two). The run's seed
/// folder links to them (no copy is kept); <c>SAKIP_TEST_SEED_SOURCE</c> points the suite at another folder holding them,
/// which <c>SeedIndependenceTests</c> uses to show an extra document there changes no test.
/// </summary>
public static class TestSeed
{
    public const string Rak = "seruyan-rak-2026";
    public const string Lkjip = "tanahlaut-lkjip-2022";

    public static IReadOnlyList<string> Documents { get; } = [Rak, Lkjip];

    /// <summary>Where the named documents are read from: seed/, or <c>SAKIP_TEST_SEED_SOURCE</c>.</summary>
    public static string Source { get; } = Environment.GetEnvironmentVariable("SAKIP_TEST_SEED_SOURCE") is { Length: > 0 } source
        ? Path.GetFullPath(source) : RepositoryPaths.DefaultSeedDirectory;

    private static readonly Lazy<string> Linked = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("sakip-test-seed-").FullName;
        var seed = Path.Combine(root, "seed");
        Directory.CreateDirectory(seed);
        foreach (var key in Documents)
        {
            Directory.CreateSymbolicLink(Path.Combine(seed, key), FolderOf(key));
        }
        return seed;
    });

    /// <summary>A seed folder holding only the named documents (links to them); file names in errors read "seed/KEY/FILE".</summary>
    public static string Folder => Linked.Value;

    /// <summary>The folder the loader names files relative to, so a row's seed file reads "seed/KEY/T1.3.csv".</summary>
    public static string Root => Path.GetDirectoryName(Linked.Value)!;

    /// <summary>The folder of one named document.</summary>
    public static string FolderOf(string key)
    {
        var folder = Path.Combine(Source, key);
        if (!File.Exists(Path.Combine(folder, "document.yaml")))
        {
            throw new InvalidOperationException($"The test document {key} is not in {Source}");
        }
        return folder;
    }

    /// <summary>Copies the named documents (or some of them) into a seed folder a test may change.</summary>
    public static string CopyTo(string seedDirectory, params string[] keys)
    {
        foreach (var key in keys.Length > 0 ? keys : Documents)
        {
            var target = Path.Combine(seedDirectory, key);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(FolderOf(key)))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }
        }
        return seedDirectory;
    }
}
