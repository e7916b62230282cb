using System.Text.Json;
using AngleSharp.Html.Parser;
using Sakip.Core.Search;
using Sakip.Site.Build;
using Sakip.Site.Pages.Search;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>The search index of the site built from the test documents: every type of entity, labelled with region,
/// years and figure, found by the words and abbreviations a reader types (the search page's script matches each word
/// of the query against the starts of an entry's words the same way <see cref="Find"/> does).</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SearchIndexTests(DatabaseFixture database, BuiltSiteFixture built)
{
    private const string TanahLaut = "63.01";
    private const string Seruyan = "62.07";

    private sealed record Entry(string Type, string Title, string Context, string Years, string Value, string Path, string Also, string Region)
    {
        public string Text => " " + SearchSynonyms.Normalise(string.Join(" ", Title, Context, Type, Region, Also)) + " ";
    }

    private async Task<List<Entry>> IndexAsync(params string[] regions)
    {
        var site = await built.GetAsync(database);
        var entries = new List<Entry>();
        foreach (var code in regions)
        {
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(site.FileFor(Paths.SearchRegion(code) + Paths.SearchIndexFile)));
            var types = json.RootElement.GetProperty("jenis").EnumerateArray().Select(t => t.GetString()!).ToList();
            var region = json.RootElement.GetProperty("nama").GetString()!;
            entries.AddRange(json.RootElement.GetProperty("entri").EnumerateArray().Select(e =>
            {
                var f = e.EnumerateArray().ToList();
                return new Entry(types[f[0].GetInt32()], f[1].GetString()!, f[2].GetString()!, f[3].GetString()!, f[4].GetString()!, f[5].GetString()!, f[6].GetString()!, region);
            }));
        }
        return entries;
    }

    private static List<Entry> Find(IEnumerable<Entry> entries, string query)
    {
        var words = SearchSynonyms.Normalise(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return entries.Where(e => words.All(w => e.Text.Contains(" " + w, StringComparison.Ordinal))).ToList();
    }

    [Fact]
    public async Task The_index_holds_every_type_of_entity()
    {
        var entries = await IndexAsync(TanahLaut, Seruyan);
        var types = entries.Select(e => e.Type).ToHashSet();
        Assert.All(SearchTypes.Order, t => Assert.Contains(t, types));
        Assert.Contains(entries, e => e is { Type: SearchTypes.Region, Title: "Kabupaten Tanah Laut", Context: "Kalimantan Selatan" });
        Assert.Contains(entries, e => e is { Type: SearchTypes.Agency, Title: "Dinas Sosial Kabupaten Seruyan" });
        Assert.Contains(entries, e => e.Type == SearchTypes.Document && e.Years == "2026" && e.Path == "/dokumen/seruyan-rak-2026/");
        // Every entry links to a page of the site.
        var site = await built.GetAsync(database);
        Assert.All(entries, e => Assert.True(File.Exists(site.FileFor(e.Path.Split('#')[0])), $"{e.Type} {e.Title} links to {e.Path}, which the site does not have."));
    }

    [Fact]
    public async Task Lansia_finds_the_Lanjut_Usia_indicator_with_its_target_and_the_kegiatan_for_the_elderly()
    {
        var found = Find(await IndexAsync(TanahLaut, Seruyan), "lansia");
        var indicator = Assert.Single(found, e => e is { Type: SearchTypes.Indicator, Title: "Persentase Lanjut Usia Terlantar yang terpenuhi kebutuhan dasarnya" });
        Assert.Equal("Dinas Sosial Kabupaten Seruyan", indicator.Context);
        Assert.Equal("2026", indicator.Years);
        Assert.Equal("target 100% (2026)", indicator.Value);
        Assert.StartsWith("/wilayah/62-07/dinsos/indikator/", indicator.Path);
        Assert.Contains(found, e => e.Type == SearchTypes.Kegiatan && e.Title.Contains("Lanjut Usia Terlantar", StringComparison.Ordinal) && e.Value.StartsWith("pagu Rp", StringComparison.Ordinal));
        // The PPKS category of both regions, each with its region and figures.
        Assert.Contains(found, e => e is { Type: SearchTypes.Ppks, Title: "Lanjut Usia Terlantar", Region: "Kabupaten Tanah Laut", Years: "2022" } && e.Value.StartsWith("terdata ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pelaihari_finds_the_kecamatan_with_its_aid_figures_on_the_statistics_page()
    {
        var found = Find(await IndexAsync(TanahLaut, Seruyan), "Pelaihari");
        var kecamatan = found.Where(e => e.Type == SearchTypes.Kecamatan).ToList();
        Assert.NotEmpty(kecamatan);
        Assert.All(kecamatan, k =>
        {
            Assert.Equal("Kabupaten Tanah Laut", k.Region);
            Assert.Equal("2022", k.Years);
            Assert.Contains("penerima", k.Value);
            Assert.StartsWith("/wilayah/63-01/statistik/2022/#bantuan-", k.Path);
        });
        var site = await built.GetAsync(database);
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(site.FileFor("/wilayah/63-01/statistik/2022/")));
        var table = page.GetElementById(kecamatan[0].Path.Split('#')[1]);
        Assert.NotNull(table);
        Assert.Contains(kecamatan[0].Title, table.TextContent);
        Assert.Equal("PELAIHARI", kecamatan[0].Title);
    }

    [Fact]
    public async Task Abbreviations_find_the_long_form_and_long_forms_the_abbreviation()
    {
        var entries = await IndexAsync(TanahLaut, Seruyan);
        // Tanah Laut prints "Persentase PMKS yang tertangani"; PPKS is its newer name.
        Assert.Contains(Find(entries, "PPKS tertangani"), e => e is { Type: SearchTypes.Indicator, Title: "Persentase PMKS yang tertangani" });
        Assert.Contains(Find(entries, "orang dengan hiv"), e => e.Type == SearchTypes.Ppks && e.Title.Contains("ODHA", StringComparison.Ordinal));
        Assert.Contains(Find(entries, "difabel"), e => e is { Type: SearchTypes.Ppks, Title: "Penyandang Disabilitas" });
        Assert.Contains(Find(entries, "dinsos tanah laut"), e => e is { Type: SearchTypes.Agency, Title: "Dinas Sosial Kabupaten Tanah Laut" });
    }

    [Fact]
    public void ODGJ_finds_an_entry_that_says_Orang_dengan_Gangguan_Jiwa_and_the_other_way_round()
    {
        // The test documents name no ODGJ in a table the site indexes, so the entries are made here as a page's would be.
        var region = new IndexRegion("99.01", "Contoh", "Provinsi Contoh", [], null, []);
        var model = SearchRegionModel.Create(region,
        [
            new SearchEntry(SearchTypes.Indicator, "Jumlah Orang dengan Gangguan Jiwa terlantar yang dilayani", "99.01", "Contoh", "Dinas Sosial", [2024], "capaian 90,00% (2024)", "/a/").WithSynonyms(),
            new SearchEntry(SearchTypes.Ppks, "ODGJ", "99.01", "Contoh", null, [2024], null, "/b/").WithSynonyms(),
        ]);
        using var json = JsonDocument.Parse(model.IndexJson());
        var rows = json.RootElement.GetProperty("entri").EnumerateArray().Select(e => e.EnumerateArray().Select(f => f.ToString()).ToList()).ToList();
        Assert.Contains("odgj", rows.Single(r => r[1].StartsWith("Jumlah", StringComparison.Ordinal))[6].Split(' '));
        Assert.Contains("orang dengan gangguan jiwa", rows.Single(r => r[1] == "ODGJ")[6]);
    }

    [Fact]
    public async Task Equal_names_are_told_apart_by_region_year_and_figure()
    {
        var entries = await IndexAsync(TanahLaut, Seruyan);
        var twins = entries.Where(e => e.Type == SearchTypes.Ppks && e.Title.Equals("Pengemis", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(2, twins.Count);
        Assert.Equal(["Kabupaten Seruyan", "Kabupaten Tanah Laut"], twins.Select(t => t.Region).Order());
        Assert.All(twins, t => Assert.NotEmpty(t.Value));
        Assert.NotEqual(twins[0].Years, twins[1].Years);
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_links_each_region_index_page_which_lists_every_entry_with_its_labels()
    {
        var site = await built.GetAsync(database);
        var search = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(site.FileFor(Paths.Search)));
        var links = search.QuerySelectorAll("a[data-index]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([Paths.SearchRegion(Seruyan), Paths.SearchRegion(TanahLaut)], links.Order(StringComparer.Ordinal));

        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(site.FileFor(Paths.SearchRegion(Seruyan))));
        var entries = await IndexAsync(Seruyan);
        Assert.Equal(entries.Count, page.QuerySelectorAll("main li a[href]").Count(a => !a.GetAttribute("href")!.StartsWith('#')));
        var item = page.QuerySelectorAll("main li").Single(li => li.QuerySelector("a")?.TextContent == "Persentase Lanjut Usia Terlantar yang terpenuhi kebutuhan dasarnya");
        Assert.Contains("Indikator · Dinas Sosial Kabupaten Seruyan · 2026 · target 100% (2026)", item.TextContent);
        Assert.Contains("juga: lansia", item.TextContent);
    }
}
