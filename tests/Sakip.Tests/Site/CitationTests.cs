using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>
/// How pages cite the documents: "Tabel 2.6, hlm. 29" as a reader looks it up in the printed document, with the
/// transcript detail (table key, text-file lines, the figure as printed) in a details element that opens without
/// JavaScript; and figures in one Indonesian notation per column, the printed text kept in the cell's title.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class CitationTests(DatabaseFixture database, BuiltSiteFixture built)
{
    private const string SeruyanRak = "/wilayah/62-07/dinsos/2026/rak/";
    private const string TanahLautLkjip = "/wilayah/63-01/dinsos/2022/lkjip/";
    private const string SeruyanStatistics = "/wilayah/62-07/statistik/2025/";

    [Fact]
    public async Task The_RAK_budget_cites_the_printed_table_and_page_with_the_transcript_detail_one_click_away()
    {
        var page = await PageAsync(SeruyanRak);
        var sources = page.GetElementById("anggaran")!.QuerySelectorAll("tbody td details.source").ToList();
        Assert.NotEmpty(sources);
        // The RAK matrix is Tabel 2.6, which the DAFTAR TABEL puts on page 29.
        var cited = sources.Where(d => Normalise(d.QuerySelector("summary")!.TextContent) == "Tabel 2.6, hlm. 29").ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, d =>
        {
            var detail = Normalise(d.TextContent);
            Assert.Matches(@"transkripsi T2\.6, baris \d+(–\d+)?, tercetak “[^”]+”", detail);
        });
    }

    [Fact]
    public async Task A_table_without_a_number_is_cited_by_its_caption()
    {
        var page = await PageAsync(TanahLautLkjip);
        var summaries = page.GetElementById("anggaran")!.QuerySelectorAll("details.source summary").Select(s => Normalise(s.TextContent)).ToList();
        Assert.NotEmpty(summaries);
        // The LKjIP's budget tables have no number, and the text gives no page for any table.
        Assert.All(summaries, s => Assert.Matches("^tabel “[^”]+”$", s));
    }

    /// <summary>A cell's figure as shown, without the markers of the findings on it ("temuan 1" after the figure).</summary>
    static string Figure(IElement cell)
    {
        var copy = (IElement)cell.Clone();
        foreach (var flag in copy.QuerySelectorAll(".finding-flag")) flag.Remove();
        return Normalise(copy.TextContent);
    }

    [Fact]
    public async Task Every_money_cell_of_the_RAK_budget_table_is_in_one_notation_with_the_printed_text_in_its_title()
    {
        var page = await PageAsync(SeruyanRak);
        var cells = page.GetElementById("anggaran")!.QuerySelectorAll("tbody tr").Select(r => r.Children[1]).ToList();
        var money = cells.Where(c => Figure(c) != "–").ToList();
        Assert.True(money.Count > 10, $"only {money.Count} pagu cells");
        Assert.All(money, c => Assert.Matches(Rupiah(), Figure(c)));
        // Table 1.3 of the RAK prints its amounts with "Rp."; the matrix without: both read Rp… here, as printed in the title.
        Assert.All(money, c => Assert.StartsWith("tercetak “", c.GetAttribute("title")));
    }

    [Fact]
    public async Task The_LKjIP_budget_shows_printed_amounts_of_mixed_notation_alike()
    {
        var page = await PageAsync(TanahLautLkjip);
        var rows = page.GetElementById("anggaran")!.QuerySelectorAll("tbody tr").ToList();
        foreach (var column in new[] { 1, 2 })
        {
            var cells = rows.Select(r => Normalise(r.Children[column].TextContent)).Where(t => !t.Contains("tidak dilaporkan") && t != "–").ToList();
            Assert.NotEmpty(cells);
            Assert.All(cells, text => Assert.Matches(RupiahOrSum(), text));
        }
        // The document prints "Rp. 4.712.818.176" for the rehabilitation program (L6300 ff.); the page writes it Rp4.712.818.176.
        var rehabilitation = rows.First(r => Normalise(r.Children[0].TextContent).StartsWith("Program:", StringComparison.Ordinal)
            && r.Children[0].TextContent.Contains("PROGRAM REHABILITASI SOSIAL", StringComparison.Ordinal));
        Assert.Equal("Rp4.712.818.176", Normalise(rehabilitation.Children[1].TextContent));
        Assert.Contains("Rp", rehabilitation.Children[1].GetAttribute("title"));
    }

    [Fact]
    public async Task The_document_page_gives_the_original_publication_and_each_tables_page_at_its_anchor()
    {
        var page = await PageAsync("/dokumen/seruyan-rak-2026/");
        var facts = Normalise(string.Join(' ', page.QuerySelector("dl.facts")!.GetDescendants().OfType<IText>().Select(t => t.Data)));
        Assert.Contains("Penerbit Dinas Sosial Kabupaten Seruyan", facts);
        Assert.Contains("Alamat berkas asli tidak diketahui", facts);
        Assert.Contains("SHA-256 berkas asli tidak diketahui", facts);
        var row = page.GetElementById("sumber-T2.6") ?? throw new Xunit.Sdk.XunitException("No row #sumber-T2.6.");
        var cells = row.Children.Select(c => Normalise(c.TextContent)).ToList();
        Assert.Equal(["Tabel 2.6", "29", "Tabel 2.6, hlm. 29"], cells.Skip(1).Take(3));
        var unlisted = page.GetElementById("sumber-T1.8")!.Children.Select(c => Normalise(c.TextContent)).ToList();
        Assert.Equal("tidak diketahui", unlisted[2]);
    }

    [Fact]
    public async Task The_statistics_page_cites_the_printed_table_and_page_with_the_transcript_detail_one_click_away()
    {
        var page = await PageAsync(SeruyanStatistics);
        // The PSKS of the RAK's Tabel 1.4, which the DAFTAR TABEL puts on page 6.
        var psks = page.GetElementById("psks")!.QuerySelectorAll("tbody td details.source").ToList();
        Assert.NotEmpty(psks);
        Assert.All(psks, d =>
        {
            Assert.Equal("Tabel 1.4, hlm. 6", Normalise(d.QuerySelector("summary")!.TextContent));
            Assert.Matches(@"transkripsi T1\.4, baris \d+(–\d+)?", Normalise(d.TextContent));
            Assert.Equal("/dokumen/seruyan-rak-2026/#sumber-T1.4", d.QuerySelector("a")!.GetAttribute("href"));
        });
        // The PPKS of Tabel 1.8, whose page the DAFTAR TABEL does not give: cited by number alone, the same way.
        var ppks = page.GetElementById("ppks-per-kategori")!.QuerySelectorAll("tbody tr:not(.emphasis) td.col-source")
            .Where(c => Normalise(c.TextContent) != "–").ToList();
        Assert.NotEmpty(ppks);
        Assert.All(ppks, cell =>
        {
            var details = Assert.Single(cell.QuerySelectorAll("details.source"));
            Assert.Equal("Tabel 1.8", Normalise(details.QuerySelector("summary")!.TextContent));
            // No transcript detail stands outside the details element, as it did when the page cited in plain text.
            Assert.Equal(Normalise(details.TextContent), Normalise(cell.TextContent));
        });
    }

    [Fact]
    public async Task The_RAK_LKjIP_and_statistics_pages_name_their_documents_original_publication_and_link_the_document_page()
    {
        foreach (var (path, document, title, publisher) in new[]
                 {
                     (SeruyanRak, "seruyan-rak-2026", "RENCANA AKSI KINERJA (RAK) DINAS SOSIAL TAHUN 2026", "Dinas Sosial Kabupaten Seruyan"),
                     (TanahLautLkjip, "tanahlaut-lkjip-2022", "tidak diketahui", "Dinas Sosial Kabupaten Tanah Laut"),
                     (SeruyanStatistics, "seruyan-rak-2026", "RENCANA AKSI KINERJA (RAK) DINAS SOSIAL TAHUN 2026", "Dinas Sosial Kabupaten Seruyan"),
                 })
        {
            var page = await PageAsync(path);
            var block = page.QuerySelector("section.source-documents") ?? throw new Xunit.Sdk.XunitException($"{path} has no “Dokumen sumber” block.");
            Assert.Equal("Dokumen sumber", Normalise(block.QuerySelector("h2")!.TextContent));
            var facts = Facts(Assert.Single(block.QuerySelectorAll("dl.source-document")));
            Assert.Equal(title, facts["Judul publikasi asli"]);
            Assert.Equal(publisher, facts["Penerbit"]);
            // Neither document records its file's address or hash: said so, not guessed.
            Assert.Equal("tidak diketahui (portal tidak menebak alamat berkas)", facts["Alamat berkas asli"]);
            Assert.Equal("tidak diketahui", facts["SHA-256 berkas asli"]);
            Assert.Contains(block.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/dokumen/{document}/");
        }
    }

    /// <summary>A facts list's terms and their descriptions as text.</summary>
    private static Dictionary<string, string> Facts(IElement list) =>
        list.QuerySelectorAll("dt").ToDictionary(dt => Normalise(dt.TextContent), dt => Normalise(dt.NextElementSibling!.TextContent));

    private async Task<IDocument> PageAsync(string path)
    {
        var site = await built.GetAsync(database);
        return new HtmlParser().ParseDocument(await File.ReadAllTextAsync(site.FileFor(path)));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^Rp\d{1,3}(\.\d{3})*(,\d+)?$")]
    private static partial Regex Rupiah();

    /// <summary>An amount, or the sum of a program's rows where the document prints none ("Rp… (jumlah rincian)").</summary>
    [GeneratedRegex(@"^Rp\d{1,3}(\.\d{3})*(,\d+)?( \(jumlah rincian\))?$")]
    private static partial Regex RupiahOrSum();
}
