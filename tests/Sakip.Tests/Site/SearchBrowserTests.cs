using Microsoft.Playwright;
using Sakip.Site.Build;
using Sakip.Site.Pages.Search;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>The search page in chromium, offline, with the production security headers: a reader types a word or an
/// abbreviation and reads the results grouped by type, each labelled with type, region, years and figure, and follows
/// one to its page.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SearchBrowserTests(DatabaseFixture database, BuiltSiteFixture built, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static async Task<List<string>> GroupsAsync(IPage page) =>
        [.. await page.Locator("#hasil-cari section h2").AllInnerTextsAsync()];

    private static async Task TypeAsync(IPage page, string words)
    {
        await page.Locator("#cari").FillAsync(words);
        await page.WaitForFunctionAsync("w => document.getElementById('status-cari').textContent.includes('“' + w + '”')", words);
    }

    [Fact]
    public async Task Typing_lansia_lists_the_Lanjut_Usia_indicators_kegiatan_and_PPKS_categories_grouped_and_labelled()
    {
        var site = await built.GetAsync(database);
        await using var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, Paths.Search, 1280, 900);
        await TypeAsync(visit.Page, "lansia");

        var groups = await GroupsAsync(visit.Page);
        Assert.Equal(["Indikator", "Kegiatan", "Sub kegiatan", "Kategori PPKS"], groups.Select(g => g[..g.IndexOf(" (", StringComparison.Ordinal)]));
        var item = visit.Page.Locator("#hasil-cari li").Filter(new() { Has = visit.Page.GetByRole(AriaRole.Link, new() { Name = "Persentase Lanjut Usia Terlantar yang terpenuhi kebutuhan dasarnya", Exact = true }) });
        Assert.Equal("Persentase Lanjut Usia Terlantar yang terpenuhi kebutuhan dasarnya Indikator · Kabupaten Seruyan · Dinas Sosial Kabupaten Seruyan · 2026 · target 100% (2026)",
            (await item.InnerTextAsync()).Replace('\n', ' '));
        var category = visit.Page.Locator("#hasil-cari li").Filter(new() { HasText = "Kabupaten Tanah Laut · 2022 · terdata 13.880, tertangani 2.833 (2022)" });
        Assert.Equal("Lanjut Usia Terlantar", await category.Locator("a").InnerTextAsync());
        Assert.Matches(@"^\d+ hasil untuk “lansia”$", await visit.Page.Locator("#status-cari").InnerTextAsync());
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    /// <summary>The test documents print "ODGJ" only in a table the site does not index (T-PRODUK-LAYANAN), so Tanah
    /// Laut's index is served here as the generator writes one (<see cref="SearchRegionModel"/>) for named entries: an
    /// indicator that spells out "Orang dengan Gangguan Jiwa" and one that does not.</summary>
    [Fact]
    public async Task Typing_ODGJ_finds_the_entry_that_says_Orang_dengan_Gangguan_Jiwa()
    {
        var site = await built.GetAsync(database);
        await using var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, Paths.Search, 1280, 900);
        var region = new IndexRegion("63.01", "Kabupaten Tanah Laut", "Kalimantan Selatan", [], null, []);
        var index = SearchRegionModel.Create(region,
        [
            new SearchEntry(SearchTypes.Indicator, "Persentase Orang dengan Gangguan Jiwa terlantar yang mendapat layanan", "63.01", "Kabupaten Tanah Laut",
                "Dinas Sosial Kabupaten Tanah Laut", [2022], "capaian 90,00% (2022)", "/wilayah/63-01/dinsos/").WithSynonyms(),
            new SearchEntry(SearchTypes.Indicator, "Persentase PMKS yang tertangani", "63.01", "Kabupaten Tanah Laut",
                "Dinas Sosial Kabupaten Tanah Laut", [2022], "capaian 41,42% (2022)", "/wilayah/63-01/dinsos/").WithSynonyms(),
        ]).IndexJson();
        var served = 0;
        await visit.Page.RouteAsync(site.Address + Paths.SearchRegion("63.01") + Paths.SearchIndexFile, async route =>
        {
            served++;
            await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", BodyBytes = index });
        });
        // The page may have read the indexes as it opened, before the route above: read them again through it.
        await visit.Page.ReloadAsync();
        await visit.Page.Locator("#cari-wilayah").SelectOptionAsync("63.01");
        await TypeAsync(visit.Page, "ODGJ");

        Assert.True(served > 0, "the page did not read Tanah Laut's index");
        Assert.Equal(["Indikator (1)"], await GroupsAsync(visit.Page));
        var item = visit.Page.Locator("#hasil-cari li");
        Assert.Equal("Persentase Orang dengan Gangguan Jiwa terlantar yang mendapat layanan", await item.Locator("a").InnerTextAsync());
        Assert.Contains("Indikator · Kabupaten Tanah Laut · Dinas Sosial Kabupaten Tanah Laut · 2022 · capaian 90,00% (2022)", (await item.InnerTextAsync()).Replace('\n', ' '));
        Assert.Equal("1 hasil untuk “ODGJ”", await visit.Page.Locator("#status-cari").InnerTextAsync());
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    [Fact]
    public async Task Every_footer_names_the_latest_release_once_its_script_has_read_it()
    {
        var site = await built.GetAsync(database);
        await using var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, "/wilayah/63-01/dinsos/2022/lkjip/", 1280, 900);
        await visit.Page.WaitForFunctionAsync("() => document.querySelector('[data-release]').textContent.length > 0");
        Assert.Matches(@"^Diterbitkan oleh Pengelola SAKIP Terbuka\. Pembaruan terakhir: rilis [0-9a-f]{16}, dimuat \d{1,2} \w+ \d{4} pukul \d\d\.\d\d UTC\.$",
            await visit.Page.Locator("footer .footer-release").InnerTextAsync());
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    [Fact]
    public async Task Pelaihari_from_the_header_form_finds_the_kecamatan_and_leads_to_its_aid_table()
    {
        var site = await built.GetAsync(database);
        await using var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, "/", 1280, 900);
        await visit.Page.Locator("#cari-header").FillAsync("Pelaihari");
        await visit.Page.Locator("#cari-header").PressAsync("Enter");
        await visit.Page.WaitForURLAsync("**/cari/?q=Pelaihari");
        await visit.Page.WaitForFunctionAsync("() => document.getElementById('status-cari').textContent.includes('hasil untuk')");

        Assert.Equal(["Kecamatan (1)"], await GroupsAsync(visit.Page));
        var link = visit.Page.Locator("#hasil-cari li a");
        Assert.Equal("PELAIHARI", await link.InnerTextAsync());
        Assert.Contains("Kecamatan · Kabupaten Tanah Laut · bantuan sosial Dinas Sosial Kabupaten Tanah Laut · 2022 · Tahap I: 1.433 penerima",
            await visit.Page.Locator("#hasil-cari li").InnerTextAsync());
        await link.ClickAsync();
        await visit.Page.WaitForURLAsync("**/wilayah/63-01/statistik/2022/#bantuan-*");
        var table = visit.Page.Locator(new Uri(visit.Page.Url).Fragment);
        Assert.Contains("PELAIHARI", await table.InnerTextAsync());
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    [Fact]
    public async Task An_abbreviation_and_a_region_narrow_the_results_and_a_miss_says_so()
    {
        var site = await built.GetAsync(database);
        await using var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, Paths.Search, 375, 800);
        await visit.Page.Locator("#cari-wilayah").SelectOptionAsync("63.01");
        await TypeAsync(visit.Page, "PPKS tertangani");
        var links = await visit.Page.Locator("#hasil-cari li a").AllInnerTextsAsync();
        // Tanah Laut prints PMKS, the older name; Seruyan's PPKS indicators are left out by the region.
        Assert.Contains("Persentase PMKS yang tertangani", links);
        Assert.DoesNotContain(links, l => l.Contains("Pemerlu Pelayanan", StringComparison.Ordinal));

        await TypeAsync(visit.Page, "zzzz");
        Assert.Equal("Tidak ada hasil untuk “zzzz”.", await visit.Page.Locator("#status-cari").InnerTextAsync());
        Assert.Empty(await GroupsAsync(visit.Page));
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }
}
