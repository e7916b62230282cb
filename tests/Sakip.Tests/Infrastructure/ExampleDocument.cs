using Sakip.Api.Hosting;

namespace Sakip.Tests.Infrastructure;

/// <summary>
/// examples/contoh-lkjip-2023: the fictitious document of a region the seed does not have (Kabupaten Contoh, 99.01), with
/// a 100% cap, three kriteria classes and a printed kriteria column, that seed/README.md walks a data officer through.
/// </summary>
public static class ExampleDocument
{
    public const string Key = "contoh-lkjip-2023";

    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "examples", Key);

    /// <summary>Copies the example's files into a folder of any name (a data officer's own, or seed/KEY).</summary>
    public static string CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Folder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return folder;
    }
}
