using System.Text;
using System.Xml;
using Sakip.Site.Rendering;

namespace Sakip.Site.Build;

/// <summary>The files beside the pages: style sheet and script, the Chart.js fallback copy, the link preview cards
/// (<see cref="OpenGraphImage"/>), sitemap.xml and robots.txt.</summary>
public static class SiteFiles
{
    public static IEnumerable<(string Path, byte[] Bytes)> Static(IReadOnlyList<string> pages, SiteInfo site)
    {
        var assembly = typeof(SiteFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (name, copy.ToArray());
        }

        var (script, license) = ChartJs.LocalCopy();
        yield return (ChartJs.LocalPath.TrimStart('/'), script);
        yield return ("assets/vendor/chart.js.LICENSE.md", license);

        foreach (var (path, bytes) in OpenGraphImage.Files()) yield return (path, bytes);

        yield return (ReleaseFile.Name, ReleaseFile.Bytes(site.Release));
        yield return ("sitemap.xml", Sitemap(pages, site));
        yield return ("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {site.Absolute("/sitemap.xml")}\n"));
    }

    static byte[] Sitemap(IReadOnlyList<string> pages, SiteInfo site)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", site.Absolute(page));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }
}
