using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.About;

/// <summary>The about page: what the portal is, who publishes it and how to reach them (the build's options), the
/// licence of its data, and the release of the data it shows.</summary>
public sealed class AboutModel : PageModel
{
    public required int Regions { get; init; }
    public required int Agencies { get; init; }
    public required int Documents { get; init; }

    public static AboutModel Create(SiteIndexData index) => new()
    {
        Regions = index.Regions.Count,
        Agencies = index.Agencies.Count(),
        Documents = index.Release?.Documents ?? index.Agencies.Sum(a => a.Agency.Documents.Count),
        Meta = new PageMeta(Paths.About, "Tentang portal ini",
            "Penerbit, kontak, lisensi dan pembaruan terakhir portal SAKIP Terbuka: data kinerja dan anggaran perangkat daerah dari dokumen RAK dan LKjIP.",
            [new Crumb("Beranda", Paths.Home)]),
    };
}
