using AngleSharp.Html.Parser;
using Sakip.Site.Build;
using Sakip.Site.Pages.Glossary;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>What a government portal has, in the site built from the test documents: an about page with publisher,
/// contact, licence and release, a glossary, footer links to them and the release on every page, and a link preview
/// image (og:image) that exists for every page.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class PortalPagesTests(DatabaseFixture database, BuiltSiteFixture built)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Every_page_footer_links_the_about_page_the_glossary_and_the_licence_and_names_the_release()
    {
        var site = await built.GetAsync(database);
        var release = Release(site);
        var pages = LinkChecker.HtmlPages(site).ToList();
        Assert.Contains(pages, p => p.Path == Paths.About);
        Assert.Contains(pages, p => p.Path == Paths.Glossary);
        foreach (var (path, file) in pages)
        {
            var footer = Parser.ParseDocument(File.ReadAllText(file)).QuerySelector("footer .footer-links");
            Assert.True(footer is not null, $"{path} has no footer links.");
            var links = footer.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
            // Other links (the analysts' guide) may join the list; these three must be in it.
            Assert.Contains(("Tentang portal", "/tentang/"), links);
            Assert.Contains(("Glosarium", "/glosarium/"), links);
            Assert.Contains(("Lisensi: CC BY 4.0", "/tentang/#lisensi"), links);
            var footer2 = Parser.ParseDocument(File.ReadAllText(file)).QuerySelector("footer .footer-release")!;
            Assert.Contains("Diterbitkan oleh Pengelola SAKIP Terbuka.", footer2.TextContent);
            Assert.Equal("/tentang/#pembaruan", footer2.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal("/rilis.json", footer2.QuerySelector("[data-release]")!.GetAttribute("data-release"));
        }
        // The footers' script reads the release from rilis.json, which every build rewrites.
        using var file2 = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Folder, "rilis.json")));
        Assert.Equal(release, file2.RootElement.GetProperty("id").GetString());
        Assert.StartsWith($"rilis {(release.Length > 16 ? release[..16] : release)}, dimuat ", file2.RootElement.GetProperty("text").GetString());
        Assert.EndsWith(" UTC", file2.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_about_page_gives_publisher_licence_and_the_full_release()
    {
        var site = await built.GetAsync(database);
        var about = Parser.ParseDocument(File.ReadAllText(site.FileFor(Paths.About)));
        var text = about.QuerySelector("main")!.TextContent;
        Assert.Contains("Pengelola SAKIP Terbuka", text);
        Assert.Contains("Penerbit belum mencantumkan kontak.", text);
        Assert.Contains($"rilis data {Release(site)}, dimuat ", text);
        Assert.Contains("2 dokumen dari 2 perangkat daerah di 2 pemerintah daerah", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
        Assert.Equal(SiteOptions.DefaultLicenseUrl, about.QuerySelector("#lisensi + p a[rel=license]")!.GetAttribute("href"));
        // The licence is in every page's metadata too.
        Assert.Equal(SiteOptions.DefaultLicenseUrl, about.QuerySelector("head link[rel=license]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_glossary_explains_each_term_of_the_documents_under_its_own_anchor()
    {
        var site = await built.GetAsync(database);
        var page = Parser.ParseDocument(File.ReadAllText(site.FileFor(Paths.Glossary)));
        var terms = page.QuerySelectorAll("dl.glossary dt").Select(dt => dt.TextContent).ToList();
        foreach (var expected in new[] { "PMKS dan PPKS", "PSKS", "IKU", "IKK", "Pagu", "Realisasi", "Capaian", "Kriteria", "RAK", "LKjIP", "Renstra", "PK (", "SAKIP", "Perangkat daerah (OPD" })
            Assert.Contains(terms, t => t.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(GlossaryModel.Terms.Count, page.QuerySelectorAll("dl.glossary dd").Count(dd => dd.TextContent.Length > 40));
        Assert.Equal(GlossaryModel.Terms.Count, GlossaryModel.Terms.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public async Task Every_page_has_an_absolute_og_image_that_is_a_1200_by_630_png_of_the_output()
    {
        var site = await built.GetAsync(database);
        foreach (var (path, file) in LinkChecker.HtmlPages(site))
        {
            var image = Parser.ParseDocument(File.ReadAllText(file)).QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            Assert.True(image is not null && image.StartsWith(site.Address + "/assets/og/", StringComparison.Ordinal), $"{path}: og:image {image}");
            var bytes = File.ReadAllBytes(site.FileFor(image[site.Address.Length..]));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a], bytes[..8]);
            Assert.Equal((1200, 630), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
        }
    }

    [Fact]
    public async Task A_configured_publisher_contact_and_licence_appear_on_the_about_page_and_in_every_footer()
    {
        var root = Directory.CreateTempSubdirectory("sakip-site-portal-");
        try
        {
            var output = Path.Combine(root.FullName, "out");
            var log = new StringWriter();
            using var replay = new ReplayHandler(RecordedApi.Folder());
            var exit = await SiteCommand.RunAsync(
                ["--api", "http://recorded.invalid/graphql", "--out", output, "--publisher", "Dinas Komunikasi dan Informatika Contoh",
                 "--contact", "ppid@contoh.go.id", "--license", "CC BY-SA 4.0", "--license-url", "https://creativecommons.org/licenses/by-sa/4.0/deed.id"],
                log, log, replay);
            Assert.True(exit == 0, log.ToString());
            var about = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "tentang", "index.html")));
            var text = about.QuerySelector("main")!.TextContent;
            Assert.Contains("Dinas Komunikasi dan Informatika Contoh", text);
            Assert.Contains("ppid@contoh.go.id", text);
            Assert.Equal("CC BY-SA 4.0", about.QuerySelector("#lisensi + p a[rel=license]")!.TextContent);
            var home = Parser.ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
            Assert.Equal("https://creativecommons.org/licenses/by-sa/4.0/deed.id", home.QuerySelector("head link[rel=license]")!.GetAttribute("href"));
            Assert.Contains("Lisensi: CC BY-SA 4.0", home.QuerySelector("footer")!.TextContent);
            Assert.Contains("Diterbitkan oleh Dinas Komunikasi dan Informatika Contoh.", home.QuerySelector("footer")!.TextContent);
            // The recorded release: its id (a content hash) and the fixed time the tests load their documents at (TestClock).
            Assert.Matches("\"text\":\"rilis [0-9a-f]{16}, dimuat 15 Januari 2026 pukul 08\\.00 UTC\"", File.ReadAllText(Path.Combine(output, "rilis.json")));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--license-url", "ftp://example.org/", "--license-url 'ftp://example.org/' is not an http(s) URL.")]
    [InlineData("--publisher", " ", "--publisher needs a value.")]
    public void A_bad_portal_option_is_refused_with_a_message(string name, string value, string message)
    {
        Assert.Null(SiteOptions.Parse([name, value], out var error));
        Assert.Equal(message, error);
    }

    /// <summary>The release the build read, as the API names it.</summary>
    private static string Release(BuiltSite site)
    {
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Folder, BuildManifest.FileName)));
        return manifest.RootElement.GetProperty("release").GetString()!;
    }
}
