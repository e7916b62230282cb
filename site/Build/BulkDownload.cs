using System.IO.Compression;
using Sakip.Site.Publishing;
using Sakip.Site.Rendering;
using Sakip.Site.Rendering.Downloads;

namespace Sakip.Site.Build;

/// <summary>The bulk downloads: one zip per region of every table of its pages (its agencies' documents among them) as
/// CSV with one datapackage.json describing them, and one of the site-wide pages' tables. Per region, not one for the
/// whole site: a national zip would be gigabytes, and rewriting it from every CSV of the site made a rebuild after one
/// changed document take minutes; a region's zip is written only when one of its groups of pages changed and carried
/// over like any unchanged file otherwise. Written after the pages from the build folder's own files, streamed entry by
/// entry, in path order with a fixed time and without the release, so the same tables give the same bytes in a full
/// build and in a rebuild.</summary>
public static class BulkDownload
{
    /// <summary>The data page's file, rendered after the zips it lists.</summary>
    public const string PageFile = "data/index.html";

    static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The zip of a region's tables (<c>data/sakip-wilayah-63-01.zip</c>), or of the site-wide pages' for null.</summary>
    public static string ZipFile(string? region) => region is null ? "data/sakip-nasional.zip" : $"data/sakip-wilayah-{Paths.RegionSlug(region)}.zip";

    /// <summary>A zip to write: its path, the region it is for (null: the site-wide pages), the groups of pages whose
    /// tables it holds and the hash of their inputs (the zip's bytes depend on nothing else, the build's key aside).</summary>
    public sealed record Bundle(string Path, string? Region, IReadOnlyList<string> Groups, string Inputs);

    /// <summary>What a zip holds: its size, the pages and tables it has and the CSVs' size before compression, with the
    /// inputs it was made from (kept in the build's manifest, so a zip carried over needs no reading).</summary>
    public sealed record Summary(string Path, string? Region, string Inputs, long Bytes, int Pages, int Tables, long CsvBytes);

    /// <summary>One bundle per region with pages and one for the site-wide pages, in path order. The comparison pages
    /// are in none: their rows are figures of the regions' pages, in the regions' zips already, and one zip of them would
    /// be rewritten on nearly every change.</summary>
    public static List<Bundle> Plan(IEnumerable<PageGroup> groups) =>
        groups.Where(g => g.Bulk).GroupBy(g => g.Region)
            .Select(r => new Bundle(ZipFile(r.Key), r.Key, r.Select(g => g.Key).Order(StringComparer.Ordinal).ToList(),
                BuildInputs.Hash(r.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Inputs).ToArray())))
            .OrderBy(b => b.Path, StringComparer.Ordinal).ToList();

    public static Summary Write(OutputFolder.Staging staging, Bundle bundle, IEnumerable<GroupRecord> groups, string title, SiteInfo site)
    {
        var files = groups.SelectMany(g => g.Pages.Values).SelectMany(f => f).ToList();
        var packages = files.Where(f => f == DataPackage.FileName || f.EndsWith("/" + DataPackage.FileName, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var tables = files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var source = new DownloadSource("Data terbuka SAKIP Terbuka", site.Absolute(Paths.Data), null, OpenDataLicense.Default);
        long csvBytes = 0;
        var bytes = staging.WriteStreamed(bundle.Path, stream =>
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            using (var entry = Entry(zip, DataPackage.FileName))
                DataPackage.Merge(entry, System.IO.Path.GetFileNameWithoutExtension(bundle.Path), title, source,
                    packages.Select(p => (p[..^DataPackage.FileName.Length], File.ReadAllBytes(System.IO.Path.Combine(staging.Folder, p)))));
            foreach (var table in tables)
            {
                using var entry = Entry(zip, table);
                using var file = File.OpenRead(System.IO.Path.Combine(staging.Folder, table));
                file.CopyTo(entry);
                csvBytes += file.Length;
            }
        });
        return new Summary(bundle.Path, bundle.Region, bundle.Inputs, bytes, packages.Count, tables.Count, csvBytes);
    }

    /// <remarks>Fastest, not Optimal: on a region's CSVs at 2,000 documents it compressed in half the time to an archive
    /// 8% larger, and a rebuild after one changed document writes its region's archive again.</remarks>
    static Stream Entry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }
}
