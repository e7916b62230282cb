using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>The figures of the site built against the real API and database, checked against the documents: each
/// expected figure below is read off the seed text (line given) or computed from figures read there.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SiteFigureTests(DatabaseFixture database, BuiltSiteFixture built)
{
    private const string SeruyanRak = "/wilayah/62-07/dinsos/2026/rak/";
    private const string TanahLautLkjip = "/wilayah/63-01/dinsos/2022/lkjip/";

    [Fact]
    public async Task Home_shows_the_printed_Seruyan_ceiling_beside_the_sum_of_its_programs()
    {
        var home = await PageAsync("/");
        var card = Single(home.QuerySelectorAll(".card"), c => c.TextContent.Contains("Dinas Sosial Kabupaten Seruyan"));
        var text = Words(card);
        // RAK 2026 table 1.3 prints Rp. 5.783.347.586; the 7 cascading programs add up to 5.985.274.567.
        Assert.Contains("Rp5.783.347.586", text);
        Assert.Contains("Rp201.926.981 lebih kecil dari jumlah pagu semua program (Rp5.985.274.567)", text);
    }

    [Fact]
    public async Task Home_headlines_give_absorption_capaian_and_coverage_as_computed_from_the_documents()
    {
        var text = Words((await PageAsync("/")).Body!);
        Assert.Contains("69,36% realisasi Rp13.005.498.745", text); // 13.005.498.745 / 18.750.069.515
        Assert.Contains("97,04% 53.664 tertangani dari 55.302 terdata", text);
        Assert.Contains("41,42% 31.356 tertangani dari 75.695 terdata", text);
    }

    [Fact]
    public async Task Tanah_Laut_LKjIP_page_gives_the_capaian_and_category_of_each_IKU()
    {
        var page = await PageAsync(TanahLautLkjip);
        var tertangani = Row(page, "grafik-capaian-indikator", "Persentase PMKS yang tertangani");
        Assert.Equal(["41,42%", "Sangat rendah"], tertangani.Skip(1));
        var mandiri = Row(page, "grafik-capaian-indikator", "Persentase PMKS yang menjadi mandiri (%)");
        Assert.Equal(["53,28%", "Rendah"], mandiri.Skip(1));
    }

    [Fact]
    public async Task Tanah_Laut_LKjIP_page_gives_the_absorption_of_the_rehabilitation_program()
    {
        var page = await PageAsync(TanahLautLkjip);
        // 972.879.755 / 4.712.818.176 x 100 = 20,64%.
        var row = Row(page, "grafik-penyerapan-program", "PROGRAM REHABILITASI SOSIAL");
        Assert.Contains("20,64%", row);
    }

    [Fact]
    public async Task Performance_budget_page_sets_each_program_absorption_beside_the_capaian_of_the_indicators_the_PK_lists_it_under()
    {
        var page = await PageAsync("/wilayah/63-01/dinsos/2022/kinerja-anggaran/");
        // Rehabilitasi Sosial: 972.879.755 / 4.712.818.176 = 20,64%; T-PROGKEG-PK-2022 lists it under four indicators
        // whose capaian are 41,42, 53,28, 100 and 46,08 (18,43 / 40): their mean is 60,19%.
        Assert.Equal(["20,64%", "60,19%"], Row(page, "grafik-kinerja-anggaran", "PROGRAM REHABILITASI SOSIAL").Skip(1));
        var program = Row(page, "kinerja-anggaran", "PROGRAM REHABILITASI SOSIAL");
        Assert.Equal(["Rp4.712.818.176", "Rp972.879.755", "20,64%", "60,19% (rata-rata)"], program.Skip(1).Take(4));
        Assert.Equal("4 indikator", program[^1]);
        var lansia = Row(page, "kinerja-anggaran", "Persentase Lanjut Usia Terlantar");
        Assert.Equal(["46,08%", "Sangat rendah"], lansia.Skip(4).Take(2));
        Assert.Contains("T-PROGKEG-PK-2022, baris 3371", lansia[^1]);
    }

    [Fact]
    public async Task Seruyan_RAK_page_gives_each_program_budget_of_the_matrix()
    {
        var page = await PageAsync(SeruyanRak);
        Assert.Contains("Rp165.878.000", Row(page, "anggaran-program", "Program Rehabilitasi Sosial"));
        Assert.Contains("Rp5.399.386.067", Row(page, "anggaran-program", "Program Penunjang Urusan Pemerintah Daerah"));
    }

    [Theory]
    [InlineData("/wilayah/63-01/statistik/2022/", "75.695", "31.356", "41,42%")]
    [InlineData("/wilayah/62-07/statistik/2025/", "55.302", "53.664", "97,04%")]
    public async Task Statistics_page_gives_PPKS_coverage_of_the_printed_totals(string path, string terdata, string tertangani, string coverage)
    {
        var page = await PageAsync(path);
        // Every printed total (a recap and its copy in the appendix each print one) equals the sum of the categories.
        Assert.All(Rows(page, "ppks-jumlah-tercetak", "Terdata"), row => Assert.Equal([terdata, terdata, "0"], row.Skip(1).Take(3)));
        Assert.All(Rows(page, "ppks-jumlah-tercetak", "Tertangani"), row => Assert.Equal([tertangani, tertangani, "0"], row.Skip(1).Take(3)));
        Assert.Contains($"{tertangani} / {terdata} x 100 = {coverage}", Words(page.Body!));
    }

    [Fact]
    public async Task Tanah_Laut_statistics_page_gives_aid_delivered_per_kecamatan()
    {
        var page = await PageAsync("/wilayah/63-01/statistik/2022/");
        // T-INFLASI-REKAP-I: PELAIHARI 1433 recipients, 1039 delivered, printed 72,51%.
        var pelaihari = Row(page, "bantuan-dinsos-tahap-i", "PELAIHARI");
        Assert.Equal(["1.433", "1.039", "72,51%", "72,51%", "394", "27,49%"], pelaihari.Skip(1).Take(6));
    }

    [Fact]
    public async Task Seruyan_data_quality_page_shows_the_ceiling_finding_with_both_figures_and_sources()
    {
        var page = await PageAsync("/dokumen/seruyan-rak-2026/");
        var row = Row(page, "temuan-jumlah-anggaran-rincian", "Pagu perangkat daerah");
        Assert.Equal("Rp. 5.783.347.586", row[1]);
        Assert.Contains("baris 316", row[2]);
        Assert.Equal("5.985.274.567", row[3]);
        Assert.Contains("jumlah pagu 7 program", row[4]);
        Assert.Equal("-Rp201.926.981", row[5]);
    }

    [Fact]
    public async Task LKjIP_capaian_download_holds_the_exact_figures()
    {
        var site = await built.GetAsync(database);
        var csv = await File.ReadAllLinesAsync(site.FileFor(TanahLautLkjip + "capaian.csv"));
        var line = Assert.Single(csv, l => l.StartsWith("Persentase PMKS yang tertangani,", StringComparison.Ordinal));
        Assert.Contains(",41.42,", line);
    }

    private async Task<IDocument> PageAsync(string path)
    {
        var site = await built.GetAsync(database);
        return new HtmlParser().ParseDocument(await File.ReadAllTextAsync(site.FileFor(path)));
    }

    /// <summary>The cells' text of the one row of table <paramref name="tableId"/> whose first cell starts with <paramref name="label"/>.</summary>
    private static List<string> Row(IDocument page, string tableId, string label) =>
        Rows(page, tableId, label) is [var row] ? row : throw new Xunit.Sdk.XunitException($"Expected one row '{label}' in #{tableId}.");

    private static List<List<string>> Rows(IDocument page, string tableId, string label)
    {
        var table = page.GetElementById(tableId) ?? throw new Xunit.Sdk.XunitException($"No table #{tableId} on the page.");
        var rows = table.QuerySelectorAll("tbody tr")
            .Where(r => Normalise(r.Children[0].TextContent).StartsWith(label, StringComparison.Ordinal))
            .Select(r => r.Children.Select(c => Normalise(c.TextContent)).ToList())
            .ToList();
        return rows.Count > 0 ? rows : throw new Xunit.Sdk.XunitException($"No row '{label}' in #{tableId}.");
    }

    private static IElement Single(IEnumerable<IElement> elements, Func<IElement, bool> match)
    {
        var found = elements.Where(match).ToList();
        return found.Count == 1 ? found[0] : throw new Xunit.Sdk.XunitException($"Expected one matching element, found {found.Count}.");
    }

    /// <summary>The element's text nodes joined by spaces, as a reader sees separate blocks (a figure and its note).</summary>
    private static string Words(IElement element) =>
        Normalise(string.Join(' ', element.GetDescendants().OfType<IText>().Select(t => t.Data)));

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
