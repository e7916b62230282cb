using Sakip.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sakip.Tests.Site;

/// <summary>The built site's links and sitemap, read from the output folder: every internal link reaches a file of the
/// output (a folder path its index.html) and every #fragment an element of the target page; sitemap.xml lists exactly
/// the pages, each of a known page type.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class LinkTests(DatabaseFixture database, BuiltSiteFixture built, ITestOutputHelper output)
{
    public static TheoryData<string> PageTypeNames => PageTypes.Names;

    [Fact]
    public async Task No_page_doubles_a_percent_sign()
    {
        var site = await built.GetAsync(database);
        var doubled = Directory.EnumerateFiles(site.Folder, "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("%%", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site.Folder, f)).ToList();
        Assert.True(doubled.Count == 0, "pages with \"%%\": " + string.Join(", ", doubled));
    }

    [Fact]
    public async Task Every_internal_link_reaches_a_file_of_the_output_and_its_fragment()
    {
        var site = await built.GetAsync(database);
        var report = LinkChecker.Check(site);
        output.WriteLine($"{report.Links} links on {report.Pages} pages checked, {report.Broken.Count} broken.");
        Assert.True(report.Pages > 0 && report.Links > 0, $"No page or link found in {site.Folder}.");
        Assert.True(report.Broken.Count == 0, $"{report.Broken.Count} broken links:\n" + string.Join("\n", report.Broken));
    }

    [Fact]
    public async Task Every_id_is_unique_on_its_page_so_fragments_and_labels_reach_one_element()
    {
        var site = await built.GetAsync(database);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var duplicated = LinkChecker.HtmlPages(site)
            .SelectMany(p => parser.ParseDocument(File.ReadAllText(p.File)).QuerySelectorAll("[id]")
                .GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{p.Path}: id=\"{g.Key}\" x{g.Count()}"))
            .ToList();
        Assert.True(duplicated.Count == 0, "Ids used more than once on a page:\n" + string.Join("\n", duplicated));
    }

    [Fact]
    public async Task Sitemap_lists_every_page_of_the_output_and_nothing_else()
    {
        var site = await built.GetAsync(database);
        var listed = PageTypes.SitemapPaths(site);
        var duplicates = listed.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var pages = LinkChecker.HtmlPages(site).Select(p => p.Path).Except(LinkChecker.ServedAtAnyDepth).ToHashSet();
        var missing = pages.Except(listed).Order(StringComparer.Ordinal).ToList();
        var extra = listed.Except(pages).Order(StringComparer.Ordinal).ToList();
        Assert.True(duplicates.Count + missing.Count + extra.Count == 0,
            $"Pages not in sitemap.xml: {string.Join(", ", missing)}. Sitemap entries with no page: {string.Join(", ", extra)}. Listed twice: {string.Join(", ", duplicates)}.");
    }

    [Fact]
    public async Task The_404_page_is_at_the_root_in_indonesian_and_not_in_the_sitemap()
    {
        var site = await built.GetAsync(database);
        var html = await File.ReadAllTextAsync(Path.Combine(site.Folder, "404.html"));
        Assert.Contains("<h1>Halaman tidak ditemukan</h1>", html);
        Assert.Contains("<a href=\"/\">Kembali ke beranda</a>", html);
        Assert.Contains("<a href=\"/cari/\">", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.DoesNotContain("rel=\"canonical\"", html);
        Assert.DoesNotContain(PageTypes.SitemapPaths(site), p => p.Contains("404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_sitemap_page_is_of_exactly_one_listed_page_type()
    {
        var site = await built.GetAsync(database);
        var wrong = PageTypes.SitemapPaths(site)
            .Select(p => (Path: p, Types: PageTypes.All.Where(t => t.Path.IsMatch(p)).Select(t => t.Name).ToList()))
            .Where(p => p.Types.Count != 1)
            .Select(p => $"{p.Path}: {(p.Types.Count == 0 ? "no type" : string.Join(" and ", p.Types))}")
            .ToList();
        Assert.True(wrong.Count == 0, "Pages the site tests do not know how to classify (add the type to PageTypes.All):\n" + string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(PageTypeNames))]
    public async Task Sitemap_has_pages_of_the_type(string type)
    {
        var site = await built.GetAsync(database);
        var pattern = PageTypes.Named(type).Path;
        var count = PageTypes.SitemapPaths(site).Count(pattern.IsMatch);
        output.WriteLine($"{type}: {count} pages");
        Assert.True(count > 0, $"sitemap.xml lists no page of the type '{type}' ({pattern}).");
    }
}
