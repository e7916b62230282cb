using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sakip.Tests.Site;

/// <summary>A kind of page of the site, recognised by its path.</summary>
public sealed record PageType(string Name, Regex Path);

/// <summary>Every page type the site must have, listed explicitly: a type with no page in sitemap.xml fails its tests,
/// and a sitemap page of no listed type fails too, so this list and the generator cannot drift apart.</summary>
public static class PageTypes
{
    public static readonly IReadOnlyList<PageType> All =
    [
        new("home", new Regex("^/$")),
        new("method", new Regex("^/metode/$")),
        new("search", new Regex("^/cari/$")),
        new("data", new Regex("^/data/$")),
        new("search-region", new Regex("^/cari/wilayah/[^/]+/$")),
        new("about", new Regex("^/tentang/$")),
        new("glossary", new Regex("^/glosarium/$")),
        new("region", new Regex("^/wilayah/[^/]+/$")),
        new("statistics", new Regex(@"^/wilayah/[^/]+/statistik/\d{4}/$")),
        new("agency", new Regex("^/wilayah/[^/]+/(?!statistik/)[^/]+/$")),
        new("rak", new Regex(@"^/wilayah/[^/]+/[^/]+/\d{4}/rak/$")),
        new("lkjip", new Regex(@"^/wilayah/[^/]+/[^/]+/\d{4}/lkjip/$")),
        new("performance-budget", new Regex(@"^/wilayah/[^/]+/[^/]+/\d{4}/kinerja-anggaran/$")),
        new("indicator", new Regex("^/wilayah/[^/]+/[^/]+/indikator/[^/]+/$")),
        new("document", new Regex("^/dokumen/[^/]+/$")),
        // One type for both comparisons (same layout: a lead and one table): the test run's two documents share PPKS
        // categories but no indicator name, so its site has PPKS comparisons only (PageContextTests builds both).
        new("comparison", new Regex("^/perbandingan/(indikator|ppks)/[^/]+/$")),
    ];

    public static TheoryData<string> Names => new(All.Select(t => t.Name));

    public static PageType Named(string name) => All.Single(t => t.Name == name);

    /// <summary>The paths sitemap.xml lists, in its order; every location must start with the site's base URL.</summary>
    public static IReadOnlyList<string> SitemapPaths(BuiltSite site)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Load(Path.Combine(site.Folder, "sitemap.xml")).Root!.Elements(ns + "url").Select(u => (string)u.Element(ns + "loc")!).ToList();
        var foreign = locations.Where(l => !l.StartsWith(site.Address + "/", StringComparison.Ordinal)).ToList();
        Assert.True(foreign.Count == 0, $"sitemap.xml lists locations outside the base URL {site.Address}: {string.Join(", ", foreign)}");
        return locations.Select(l => l[site.Address.Length..]).ToList();
    }

    /// <summary>The page of a type that the browser tests open: of the type's pages in sitemap.xml, the one with the
    /// most charts (the first in the sitemap among equals), so chart drawing is exercised wherever the type has charts.</summary>
    public static string PickPage(BuiltSite site, string typeName)
    {
        var type = Named(typeName);
        var paths = SitemapPaths(site).Where(p => type.Path.IsMatch(p)).ToList();
        Assert.True(paths.Count > 0, $"sitemap.xml lists no page of the type '{typeName}' ({type.Path}); the generator does not build that page type yet.");
        return paths.OrderByDescending(p => ChartCount(File.ReadAllText(site.FileFor(p)))).First();
    }

    private static int ChartCount(string html) => Regex.Count(html, @"<canvas\b[^>]*\bdata-chart=");
}
