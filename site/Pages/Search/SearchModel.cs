using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Search;

/// <summary>The search page: every agency and indicator listed, filtered in the browser as the reader types.</summary>
public sealed class SearchModel : PageModel
{
    public required List<Entry> Entries { get; init; }

    public sealed record Entry(string Title, string Kind, string Context, string Path);

    public static SearchModel Create(SiteIndexData index)
    {
        var entries = new List<Entry>();
        foreach (var (region, agency) in index.Agencies)
        {
            entries.Add(new Entry(agency.Name, "Perangkat daerah", region.Name, Paths.Agency(region.Code, agency.Key)));
            entries.AddRange(agency.Indicators.Select(i =>
                new Entry(i.Name, Labels.IndicatorKind(i.Kind), agency.Name, Paths.Indicator(region.Code, agency.Key, i.Key))));
        }
        return new SearchModel
        {
            Entries = entries,
            Meta = new PageMeta(Paths.Search, "Cari perangkat daerah dan indikator",
                "Cari perangkat daerah dan indikator kinerja di portal SAKIP Terbuka.", [new Crumb("Beranda", Paths.Home)]),
        };
    }
}
