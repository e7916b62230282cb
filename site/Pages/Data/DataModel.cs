using Sakip.Site.Build;
using Sakip.Site.Rendering;
using Sakip.Site.Rendering.Downloads;

namespace Sakip.Site.Pages.Data;

/// <summary>The open-data page: the release's bulk downloads (one zip per region, one of the site-wide pages) with their
/// sizes and totals, what every page offers per table, how the files are made (columns, precision, kinds of rows,
/// Indonesian formats) and the licence. Rendered after the zips are written, since it states their sizes.</summary>
public sealed class DataModel : PageModel
{
    /// <summary>A zip as the page lists it: what it is for (a region's name and province, or the site-wide pages) and
    /// the region's page.</summary>
    public sealed record Zip(string Label, string? Province, string? RegionPath, BulkDownload.Summary File);

    public required IReadOnlyList<Zip> Zips { get; init; }
    public required int Documents { get; init; }
    public required string? Release { get; init; }
    public OpenDataLicense License { get; init; } = OpenDataLicense.Default;

    public long Bytes => Zips.Sum(z => z.File.Bytes);
    public long CsvBytes => Zips.Sum(z => z.File.CsvBytes);
    public int CsvTables => Zips.Sum(z => z.File.Tables);
    public int Pages => Zips.Sum(z => z.File.Pages);

    /// <summary>The site-wide pages' zip first, then the regions' in the index's order.</summary>
    public static DataModel Create(SiteInfo site, IEnumerable<BulkDownload.Summary> zips, IEnumerable<IndexRegion> regions, int documents, string? release)
    {
        var byPath = zips.ToDictionary(z => z.Path, StringComparer.Ordinal);
        var listed = new List<Zip>();
        if (byPath.GetValueOrDefault(BulkDownload.ZipFile(null)) is { } national) listed.Add(new("Halaman tingkat nasional", null, null, national));
        foreach (var region in regions)
            if (byPath.GetValueOrDefault(BulkDownload.ZipFile(region.Code)) is { } zip) listed.Add(new(region.Name, region.Province, Paths.Region(region.Code), zip));
        return new()
        {
            Meta = new PageMeta(Paths.Data, "Data terbuka",
                "Unduh semua tabel portal SAKIP Terbuka per wilayah (CSV dengan datapackage.json), atau per tabel sebagai CSV dan Excel.",
                [new Crumb("Beranda", Paths.Home)]),
            Site = site,
            Zips = listed,
            Documents = documents,
            Release = release,
        };
    }

    /// <summary>"1,2 MB", "640 KB": decimal units, as download sizes are usually given.</summary>
    public static string Size(long bytes) =>
        bytes >= 1_000_000 ? Format.Number(bytes / 1_000_000m, 1) + " MB"
        : bytes >= 1_000 ? Format.Number(bytes / 1_000m, 0) + " KB"
        : Format.Number(bytes) + " bita";
}
