using Sakip.Site.Build;
using Sakip.Site.Rendering;
using Sakip.Site.Rendering.Downloads;

namespace Sakip.Site.Pages.Data;

/// <summary>The open-data page: the release's bulk download with its size, what every page offers per table, how the
/// files are made (columns, precision, kinds of rows, Indonesian formats) and the licence. Rendered after the bulk
/// download is written, since it states its size.</summary>
public sealed class DataModel : PageModel
{
    public required BulkDownload.Summary Bulk { get; init; }
    public required int Documents { get; init; }
    public OpenDataLicense License { get; init; } = OpenDataLicense.Default;

    public static DataModel Create(SiteInfo site, BulkDownload.Summary bulk, int documents) => new()
    {
        Meta = new PageMeta(Paths.Data, "Data terbuka",
            "Unduh semua tabel portal SAKIP Terbuka sekaligus (CSV dengan datapackage.json), atau per tabel sebagai CSV dan Excel.",
            [new Crumb("Beranda", Paths.Home)]),
        Site = site,
        Bulk = bulk,
        Documents = documents,
    };

    /// <summary>"1,2 MB", "640 KB": decimal units, as download sizes are usually given.</summary>
    public static string Size(long bytes) =>
        bytes >= 1_000_000 ? Format.Number(bytes / 1_000_000m, 1) + " MB"
        : bytes >= 1_000 ? Format.Number(bytes / 1_000m, 0) + " KB"
        : Format.Number(bytes) + " bita";
}
