using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Site;

/// <summary>A site of its own, built from copies of the fixture documents on a scratch database: the Tanah Laut LKjIP in
/// two regions (92.01 and 92.02) and the Seruyan RAK in a third (92.03), so the same indicators are found in two regions
/// and the RAK's in one only.</summary>
public sealed class PageContextSiteFixture() : ScratchSiteFixture("site_context", "context")
{
    public static readonly SeedCopy[] Copies =
        [new(Lkjip, "a-lkjip", "92.01", "dinsos"), new(Lkjip, "b-lkjip", "92.02", "dinsos"), new(Rak, "c-rak", "92.03", "dinsos")];

    protected override void WriteSeed(string seed) => Write(seed, Copies);
}

/// <summary>What a page says beyond its own figures: the reconciliation findings on them, flagged and linked; the same
/// indicator in other regions, where there is one; and links only to pages that have something to show.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class PageContextTests(DatabaseFixture database, PageContextSiteFixture site) : IClassFixture<PageContextSiteFixture>
{
    private const string Mandiri = "/wilayah/92-01/dinsos/indikator/ind-pmks-mandiri/";

    [Fact]
    public async Task Indicator_page_of_PMKS_mandiri_warns_that_its_2022_target_is_printed_as_30_and_as_25_and_links_to_the_finding()
    {
        var page = await PageAsync(Mandiri);
        var notice = page.QuerySelector(".findings-notice") ?? throw new Xunit.Sdk.XunitException("The indicator page shows no findings notice.");
        var item = Assert.Single(notice.QuerySelectorAll("li"), li => Normalise(li.TextContent).Contains("target 2022", StringComparison.Ordinal)
                                                                    && Normalise(li.TextContent).Contains("T3.2", StringComparison.Ordinal));
        var text = Normalise(item.TextContent);
        // Tabel 3.2 (line 4359) prints 25 where the tujuan-sasaran table (line 1138) prints 30%.
        Assert.Contains("Persentase PMKS yang menjadi mandiri (%), target 2022: tercetak 25", text);
        Assert.Contains("pembanding 30%", text);

        var href = item.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith("/dokumen/a-lkjip/#temuan-", href);
        var document = await PageAsync("/dokumen/a-lkjip/");
        var row = document.GetElementById(href.Split('#')[1]) ?? throw new Xunit.Sdk.XunitException($"No element #{href.Split('#')[1]} on the document page.");
        Assert.Equal("TR", row.TagName);
        var cells = row.Children.Select(c => Normalise(c.TextContent)).ToList();
        Assert.Equal(["Persentase PMKS yang menjadi mandiri (%), target 2022", "25", "30%"], [cells[0], cells[1], cells[3]]);
    }

    [Fact]
    public async Task Indicator_page_whose_figures_have_no_finding_shows_no_warning()
    {
        // Every figure of this indicator (Renstra, PK, tujuan-sasaran and capaian tables) agrees with the others: 100.
        var page = await PageAsync("/wilayah/92-01/dinsos/indikator/ind-pmks-terampil/");
        Assert.Null(page.QuerySelector(".findings-notice"));
        Assert.NotNull(page.GetElementById("angka"));
    }

    [Fact]
    public async Task LKjIP_page_warns_that_the_PMKS_mandiri_target_it_shows_is_printed_as_25_and_as_30_and_links_to_the_finding()
    {
        var page = await PageAsync("/wilayah/92-01/dinsos/2022/lkjip/");
        var notice = page.QuerySelector(".findings-notice") ?? throw new Xunit.Sdk.XunitException("The LKjIP page shows no findings notice.");
        // The capaian table shows the target 25 of Tabel 3.2 (line 4359); the tujuan-sasaran table (line 1138) prints 30%.
        var item = Assert.Single(notice.QuerySelectorAll("li"), li => Normalise(li.TextContent).Contains("Persentase PMKS yang menjadi mandiri (%), target 2022: tercetak 25", StringComparison.Ordinal)
                                                                    && Normalise(li.TextContent).Contains("pembanding 30%", StringComparison.Ordinal));
        var href = item.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith("/dokumen/a-lkjip/#temuan-", href);
        var document = await PageAsync("/dokumen/a-lkjip/");
        Assert.Equal("TR", document.GetElementById(href.Split('#')[1])?.TagName);
        // Only the findings on the page's own indicator and budget figures: none about the statistics printed elsewhere.
        Assert.DoesNotContain(notice.QuerySelectorAll("li a"), a => a.TextContent.Contains("statistik", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RAK_page_warns_that_the_Rehabilitasi_Sosial_pagu_is_printed_as_166_078_000_and_as_165_878_000_and_marks_its_row()
    {
        var page = await PageAsync("/wilayah/92-03/dinsos/2026/rak/");
        var notice = page.QuerySelector(".findings-notice") ?? throw new Xunit.Sdk.XunitException("The RAK page shows no findings notice.");
        // Tabel 2.6 (line 790) prints the programme's pagu 166.078.000; Tabel 2.5 (cascading, line 667) prints 165.878.000.
        var item = Assert.Single(notice.QuerySelectorAll("li"), li => Normalise(li.TextContent).Contains("Pagu Program Rehabilitasi Sosial: tercetak 166.078.000", StringComparison.Ordinal));
        Assert.Contains("pembanding 165.878.000", Normalise(item.TextContent));
        var href = item.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith("/dokumen/c-rak/#temuan-", href);
        var document = await PageAsync("/dokumen/c-rak/");
        var finding = document.GetElementById(href.Split('#')[1]) ?? throw new Xunit.Sdk.XunitException($"No element #{href.Split('#')[1]} on the document page.");
        Assert.Equal("TR", finding.TagName);
        Assert.StartsWith("Pagu Program Rehabilitasi Sosial", Normalise(finding.Children[0].TextContent));

        // The budget table shows the programme's pagu of Tabel 2.5 and marks it with the finding.
        var row = Assert.Single(page.GetElementById("anggaran")!.QuerySelectorAll("tbody tr"),
            r => Normalise(r.Children[0].TextContent).StartsWith("Program: ", StringComparison.Ordinal) && Normalise(r.Children[0].TextContent).Contains("REHABILITASI SOSIAL", StringComparison.OrdinalIgnoreCase));
        var marker = Assert.Single(row.Children[1].QuerySelectorAll("a.finding-flag"));
        Assert.Equal(href, marker.GetAttribute("href"));
        Assert.Equal("Rp165.878.000 temuan " + href.Split('-')[^1], Normalise(row.Children[1].TextContent));
        // Only the findings on the page's targets and pagu: the staff counts the RAK also prints are not on this page.
        Assert.DoesNotContain(notice.QuerySelectorAll("li"), li => li.TextContent.Contains("pegawai", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Statistics_page_warns_that_Pelaihari_has_1481_aid_recipients_in_stages_I_and_II_but_1433_in_stage_I_and_marks_its_row()
    {
        var page = await PageAsync("/wilayah/92-01/statistik/2022/");
        var notice = page.QuerySelector(".findings-notice") ?? throw new Xunit.Sdk.XunitException("The statistics page shows no findings notice.");
        // T-INFLASI-REKAP-TOTAL (line 4217) prints 1481 recipients in Pelaihari; stage I's table prints 1433.
        var item = notice.QuerySelectorAll("li").SingleOrDefault(li => Normalise(li.TextContent).Contains("Kecamatan PELAIHARI: penerima tahap I+II: tercetak 1481", StringComparison.Ordinal))
                   ?? throw new Xunit.Sdk.XunitException("The notice does not list Pelaihari's recipients.");
        Assert.Contains("pembanding 1433", Normalise(item.TextContent));
        var href = item.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith("/dokumen/a-lkjip/#temuan-", href);
        var document = await PageAsync("/dokumen/a-lkjip/");
        var finding = document.GetElementById(href.Split('#')[1]) ?? throw new Xunit.Sdk.XunitException($"No element #{href.Split('#')[1]} on the document page.");
        Assert.Equal("TR", finding.TagName);
        Assert.StartsWith("Kecamatan PELAIHARI: penerima tahap I+II", Normalise(finding.Children[0].TextContent));

        // The stage I+II table's row of Pelaihari carries the finding's marker.
        var row = Assert.Single(page.GetElementById("bantuan-dinsos-tahap-i-ii")!.QuerySelectorAll("tbody tr"),
            r => Normalise(r.Children[0].TextContent).StartsWith("PELAIHARI", StringComparison.Ordinal));
        Assert.Equal(href, Assert.Single(row.QuerySelectorAll("a.finding-flag")).GetAttribute("href"));
        Assert.Equal("1.481", Normalise(row.Children[1].TextContent));
        // Only statistics findings: none about the indicators' targets of the same document.
        Assert.DoesNotContain(notice.QuerySelectorAll("li a"), a => a.TextContent.Contains("target", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Indicator_found_in_two_regions_links_its_comparison_page_which_sets_both_regions_capaian_year_by_year()
    {
        var page = await PageAsync(Mandiri);
        var link = page.QuerySelector("#perbandingan + p a") ?? throw new Xunit.Sdk.XunitException("No link to a comparison on the indicator page.");
        var name = Normalise(page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Paths.IndicatorComparison(IndicatorComparisons.Normal(name)), link.GetAttribute("href"));

        var comparison = await PageAsync(link.GetAttribute("href")!);
        Assert.Equal($"Perbandingan antardaerah: {name}", Normalise(comparison.QuerySelector("h1")!.TextContent));
        var table = comparison.GetElementById("capaian") ?? throw new Xunit.Sdk.XunitException("No capaian table on the comparison page.");
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => Normalise(c.TextContent)).ToList()).ToList();
        // Each region's capaian recomputed there: 13,32 / 25 x 100 = 53,28%.
        Assert.Equal("53,28%", Assert.Single(rows, r => r[0] == "Kabupaten Uji 92.01" && r[2] == "2022")[3]);
        Assert.Equal("53,28%", Assert.Single(rows, r => r[0] == "Kabupaten Uji 92.02" && r[2] == "2022")[3]);
        foreach (var region in new[] { "92-01", "92-02" })
        {
            var indicator = $"/wilayah/{region}/dinsos/indikator/ind-pmks-mandiri/";
            Assert.Contains(table.QuerySelectorAll("a"), a => a.GetAttribute("href") == indicator);
            Assert.True(File.Exists(Path.Combine(await site.GetAsync(database), indicator.Trim('/'), "index.html")));
        }
    }

    [Fact]
    public async Task Indicator_found_in_one_region_only_offers_no_comparison()
    {
        var page = await PageAsync("/wilayah/92-03/dinsos/indikator/ind-prog-linjamsos-kemandirian/");
        Assert.Null(page.GetElementById("perbandingan"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/perbandingan/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Home_and_agency_pages_link_performance_versus_budget_only_for_a_year_with_an_LKjIP()
    {
        var folder = await site.GetAsync(database);
        var home = await PageAsync("/");
        var links = home.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Where(h => h.EndsWith("/kinerja-anggaran/", StringComparison.Ordinal)).ToList();
        // The RAK 2026 is a plan: no realisation and no capaian to set beside its budget, so no page and no link.
        Assert.Equal(["/wilayah/92-01/dinsos/2022/kinerja-anggaran/", "/wilayah/92-02/dinsos/2022/kinerja-anggaran/"], links.Order(StringComparer.Ordinal));
        Assert.All(links, l => Assert.True(File.Exists(Path.Combine(folder, l.Trim('/'), "index.html")), $"{l} is linked but not built"));
        Assert.False(Directory.Exists(Path.Combine(folder, "wilayah/92-03/dinsos/2026/kinerja-anggaran")));
        foreach (var path in new[] { "/wilayah/92-03/dinsos/", "/wilayah/92-03/dinsos/2026/rak/" })
            Assert.DoesNotContain((await PageAsync(path)).QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("kinerja-anggaran", StringComparison.Ordinal));
        Assert.Contains((await PageAsync("/wilayah/92-01/dinsos/")).QuerySelectorAll("a"), a => a.GetAttribute("href") == "/wilayah/92-01/dinsos/2022/kinerja-anggaran/");
    }

    [Fact]
    public async Task Statistics_page_links_each_PPKS_category_to_its_comparison_across_regions()
    {
        var page = await PageAsync("/wilayah/92-01/statistik/2022/");
        var link = page.QuerySelectorAll(".comparison-links a").SingleOrDefault(a => Normalise(a.TextContent) == "Fakir Miskin (FM)")
                   ?? throw new Xunit.Sdk.XunitException("The statistics page does not link Fakir Miskin (FM)'s comparison.");
        Assert.Equal(Paths.PpksComparison("fakir miskin (fm)"), link.GetAttribute("href"));

        var comparison = await PageAsync(link.GetAttribute("href")!);
        var table = comparison.GetElementById("ppks") ?? throw new Xunit.Sdk.XunitException("No table on the PPKS comparison page.");
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => Normalise(c.TextContent)).ToList()).ToList();
        // T-PPKS-REKAP-2022 line 4506: Fakir Miskin (FM), 50.410 terdata; the same in the other region's copy.
        Assert.Equal(["Kabupaten Uji 92.01", "2022", "50.410"], Assert.Single(rows, r => r[0] == "Kabupaten Uji 92.01").Take(3));
        Assert.Equal(["Kabupaten Uji 92.02", "2022", "50.410"], Assert.Single(rows, r => r[0] == "Kabupaten Uji 92.02").Take(3));
        Assert.Contains(table.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/wilayah/92-02/statistik/2022/");

        // A figure without a value says why, as the statistics page does: Anak Jalanan's terdata is printed "-" (line 4446).
        var street = await PageAsync(Paths.PpksComparison("anak jalanan"));
        var row = street.GetElementById("ppks")!.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => Normalise(c.TextContent)).ToList())
            .Single(r => r[0] == "Kabupaten Uji 92.01");
        Assert.Equal("tidak dicatat", row[2]);
    }

    [Fact]
    public async Task A_PPKS_category_found_in_one_region_only_is_not_compared()
    {
        var folder = await site.GetAsync(database);
        var year = Path.GetFileName(Assert.Single(Directory.GetDirectories(Path.Combine(folder, "wilayah/92-03/statistik"))));
        var page = await PageAsync($"/wilayah/92-03/statistik/{year}/");
        // Seruyan prints "Fakir Miskin / rentan (penerima bansos)", which no other region does; "Pengemis" is in both.
        var compared = page.QuerySelectorAll(".comparison-links a").Select(a => Normalise(a.TextContent)).ToList();
        Assert.DoesNotContain("Fakir Miskin / rentan (penerima bansos)", compared);
        Assert.Contains("Pengemis", compared);
        Assert.False(Directory.Exists(Path.Combine(folder, Paths.PpksComparison("fakir miskin / rentan (penerima bansos)").Trim('/'))));
    }

    private async Task<IDocument> PageAsync(string path)
    {
        var folder = await site.GetAsync(database);
        var file = Path.Combine(folder, path.Trim('/'), "index.html");
        return new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
