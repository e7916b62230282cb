using Sakip.Site.Rendering;

namespace Sakip.Site.Build;

/// <summary>Breadcrumb trails: Beranda › region › agency.</summary>
public static class Trails
{
    public static List<Crumb> Region(string code, string regionName) =>
        [new("Beranda", Paths.Home), new(regionName, Paths.Region(code))];

    public static List<Crumb> Agency(string code, string regionName, string agencyKey, string agencyName) =>
        [.. Region(code, regionName), new(agencyName, Paths.Agency(code, agencyKey))];
}
