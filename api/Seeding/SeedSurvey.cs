using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;

namespace Sakip.Api.Seeding;

/// <summary>
/// The seed folder as a run finds it: its document folders (those with a document.yaml), in ordinal order of their names,
/// each with its stamp. Taking it needs no database, so a start takes it while the database starts and migrates.
/// </summary>
public sealed record SeedSurvey(IReadOnlyList<string> Folders, IReadOnlyList<string> Stamps, TimeSpan Took)
{
    public static SeedSurvey Take(string seedDirectory, string repositoryRoot)
    {
        var start = TimeProvider.System.GetTimestamp();
        var folders = SeedReader.ListFolders(seedDirectory, repositoryRoot);
        // A stamp is a directory listing with a stat per file: for a nation's folders, the bulk of an unchanged run.
        var stamps = new string[folders.Count];
        Parallel.For(0, folders.Count, i => stamps[i] = Stamp(folders[i]));
        return new SeedSurvey(folders, stamps, TimeProvider.System.GetElapsedTime(start));
    }

    /// <summary>Starts taking the survey on the thread pool; a failure (no seed folder) surfaces where it is awaited.</summary>
    public static Task<SeedSurvey> Start(string seedDirectory, string repositoryRoot) => Task.Run(() => Take(seedDirectory, repositoryRoot));

    /// <summary>
    /// A cheap fingerprint of a folder: its files' names, sizes and modification times. When it is the one recorded at
    /// the last load the folder is taken as unchanged without reading it; otherwise its content hash decides.
    /// </summary>
    public static string Stamp(string folder)
    {
        // The entries' own stat data, without a FileInfo per file; hidden files count too.
        var files = new FileSystemEnumerable<(string Name, long Length, long Ticks)>(folder,
            (ref FileSystemEntry e) => (e.FileName.ToString(), e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        }.ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var text = new StringBuilder(files.Count * 48);
        foreach (var (name, length, ticks) in files)
        {
            text.Append(name).Append('\t').Append(length).Append('\t').Append(ticks).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
