using System.Security.Cryptography;
using System.Text;
using Sakip.Generator;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Generator;

/// <summary>The same arguments give byte-identical output; --change changes exactly the documents it lists.</summary>
public sealed class GeneratorDeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"sakip-gen-det-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, true);
        }
    }

    private GenerationResult Generate(string name, int change = 0) => NationalGenerator.Run(new GeneratorOptions
    {
        Out = Path.Combine(_root, name),
        Documents = 60,
        Templates = TestSeed.Folder,
        Change = change,
    });

    /// <summary>Every file's SHA-256, by path relative to the output folder.</summary>
    private Dictionary<string, string> Hashes(string name)
    {
        var dir = Path.Combine(_root, name);
        return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
    }

    [Fact]
    public void Generating_twice_gives_identical_files()
    {
        Generate("a");
        Generate("b");
        var a = Hashes("a");
        var b = Hashes("b");
        Assert.True(a.Count > 60 * 30, $"only {a.Count} files");
        Assert.Equal(a.OrderBy(x => x.Key, StringComparer.Ordinal), b.OrderBy(x => x.Key, StringComparer.Ordinal));
        // Generating into an earlier output replaces it with the same files.
        Generate("a");
        Assert.Equal(a.OrderBy(x => x.Key, StringComparer.Ordinal), Hashes("a").OrderBy(x => x.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Change_changes_exactly_the_listed_documents()
    {
        Generate("a");
        var changed = Generate("a-prime", change: 4);
        Assert.Equal(4, changed.Changed.Count);
        var listed = File.ReadAllLines(Path.Combine(_root, "a-prime", NationalGenerator.ChangedFile));
        Assert.Equal(changed.Changed, listed);
        var a = Hashes("a");
        var prime = Hashes("a-prime");
        var differing = prime.Keys.Where(k => k.Contains('/') && (!a.TryGetValue(k, out var h) || h != prime[k])).Select(k => k[..k.IndexOf('/')]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(listed.Order(StringComparer.Ordinal), differing);
        Assert.Equal(a.Keys.Where(k => k.Contains('/')).Order(StringComparer.Ordinal), prime.Keys.Where(k => k.Contains('/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_non_empty_folder_that_is_not_a_generator_output_is_refused()
    {
        var dir = Path.Combine(_root, "other");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "keep me", Encoding.UTF8);
        Assert.Throws<GeneratorException>(() => Generate("other"));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(dir, "notes.txt")));
    }
}
