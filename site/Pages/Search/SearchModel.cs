using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Search;

/// <summary>The search page: a form whose script reads the regions' search indexes and shows what matches grouped by
/// type, and links to each region's full index page, which is the search without JavaScript.</summary>
public sealed class SearchModel : PageModel
{
    public required List<RegionIndex> Regions { get; init; }

    public sealed record RegionIndex(string Code, string Name, string Province, string Page, string Index, int Entries);

    /// <summary>Above this many entries in all (about 200 bytes each, some 5 MB), "every region" asks the reader to choose
    /// one rather than loading every region's index (at national scale several hundred megabytes).</summary>
    public const int AllRegionsLimit = 25_000;

    /// <summary>The page listing each region with how many entries its search page holds (the pages themselves are
    /// built apart, only when their entries change).</summary>
    public static SearchModel Create(IEnumerable<(IndexRegion Region, int Entries)> regions) => new()
    {
        Regions = regions.Select(r => new RegionIndex(r.Region.Code, r.Region.Name, r.Region.Province, Paths.SearchRegion(r.Region.Code),
            Paths.SearchRegion(r.Region.Code) + Paths.SearchIndexFile, r.Entries)).ToList(),
        Meta = new PageMeta(Paths.Search, "Cari di portal",
            "Cari wilayah, perangkat daerah, indikator, program, kegiatan, sub kegiatan, kategori PPKS, kecamatan, pejabat dan dokumen di portal SAKIP Terbuka.",
            [new Crumb("Beranda", Paths.Home)]),
    };
}
