using System.IO.Compression;
using System.Text.RegularExpressions;
using Sakip.Site.Publishing;
using Sakip.Site.Rendering;
using Sakip.Site.Rendering.Downloads;

namespace Sakip.Site.Build;

/// <summary>The release's bulk download: one zip of every table of every page (every document's tables among them) as
/// CSV, with one datapackage.json describing them all. Written after the pages from the build folder's own files, so the
/// tables of pages carried over from the previous build are in it too; streamed entry by entry into the file, never held
/// in memory, whatever the number of documents. Entries are in path order with a fixed time, so the same tables give
/// the same bytes.</summary>
public static partial class BulkDownload
{
    /// <summary>The data page's file, rendered after the zip it describes.</summary>
    public const string PageFile = "data/index.html";

    static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The zip's path in the output: named for the release it holds (<c>data/sakip-RELEASE.zip</c>).</summary>
    public static string ZipFile(string? release) => $"data/sakip-{(release is { } r && SafeName().IsMatch(r) ? r : "data")}.zip";

    /// <summary>The files written after the pages, for the build's manifest.</summary>
    public static IEnumerable<string> Files(string? release) => [ZipFile(release), PageFile];

    /// <summary>What the zip holds: its path and size, the pages and tables it has and the CSVs' size before compression.</summary>
    public sealed record Summary(string Path, long Bytes, int Pages, int Tables, long CsvBytes, string? Release);

    public static Summary Write(OutputFolder.Staging staging, IEnumerable<GroupRecord> groups, SiteInfo site, string? release)
    {
        var files = groups.SelectMany(g => g.Pages.Values).SelectMany(f => f).ToList();
        var packages = files.Where(f => f == DataPackage.FileName || f.EndsWith("/" + DataPackage.FileName, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var tables = files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var source = new DownloadSource("Data terbuka SAKIP Terbuka", site.Absolute(Paths.Data), release, OpenDataLicense.Default);
        long csvBytes = 0;
        var path = ZipFile(release);
        var bytes = staging.WriteStreamed(path, stream =>
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            using (var entry = Entry(zip, DataPackage.FileName))
                DataPackage.Merge(entry, "sakip-terbuka", "SAKIP Terbuka: semua tabel portal", source,
                    packages.Select(p => (p[..^DataPackage.FileName.Length], File.ReadAllBytes(System.IO.Path.Combine(staging.Folder, p)))));
            foreach (var table in tables)
            {
                using var entry = Entry(zip, table);
                using var file = File.OpenRead(System.IO.Path.Combine(staging.Folder, table));
                file.CopyTo(entry);
                csvBytes += file.Length;
            }
        });
        return new Summary(path, bytes, packages.Count, tables.Count, csvBytes, release);
    }

    static Stream Entry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SafeName();
}
