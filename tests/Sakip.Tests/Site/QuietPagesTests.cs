using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Site;

/// <summary>A site of its own from a copy of a fixture document without the tables whose figures disagree: the Seruyan
/// RAK in 93.01 without its Tabel 2.6 (pagu and targets that differ from Tabel 2.5), agency budget (Tabel 1.3, which
/// differs from the sum of its programmes), staff detail (counts that differ by dimension) and prose. The reconciliation
/// finds nothing in it. (The Tanah Laut LKjIP cannot lose its disagreeing tables this way: they define its plan tree.)</summary>
public sealed partial class QuietSiteFixture() : ScratchSiteFixture("site_quiet", "quiet")
{
    public static readonly SeedCopy[] Copies = [new(Rak, "q-rak", "93.01", "dinsos")];

    /// <summary>The tables each copy leaves out (their entries in document.yaml and their files).</summary>
    static readonly Dictionary<string, string[]> Dropped = new()
    {
        ["q-rak"] = ["T1.3", "T2.6", "L-SDM-RINCIAN", "N-NARASI"],
    };

    protected override void WriteSeed(string seed)
    {
        Write(seed, Copies);
        foreach (var (key, tables) in Dropped)
            foreach (var table in tables) Drop(Path.Combine(seed, key), table);
    }

    /// <summary>Leaves a table out of a copy: its entry in document.yaml (up to the next entry) and its file.</summary>
    static void Drop(string folder, string table)
    {
        var manifest = Path.Combine(folder, "document.yaml");
        var yaml = File.ReadAllText(manifest);
        var entry = new Regex($@"^  - key: {Regex.Escape(table)}\n(    .*\n|\s*#.*\n)*", RegexOptions.Multiline);
        Assert.True(entry.IsMatch(yaml), $"No table {table} in {manifest}");
        File.WriteAllText(manifest, entry.Replace(yaml, "", 1));
        File.Delete(Path.Combine(folder, table + ".csv"));
    }
}

/// <summary>A page whose figures no finding touches says nothing about findings: no notice and no marker.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class QuietPagesTests(DatabaseFixture database, QuietSiteFixture site) : IClassFixture<QuietSiteFixture>
{
    [Fact]
    public async Task Document_without_disagreements_has_no_findings()
    {
        var page = await PageAsync("/dokumen/q-rak/");
        Assert.Null(page.GetElementById("temuan-1"));
    }

    [Fact]
    public async Task RAK_page_of_a_document_without_disagreements_shows_no_findings_notice_and_no_marker() =>
        await AssertQuietAsync("/wilayah/93-01/dinsos/2026/rak/", "anggaran");

    [Fact]
    public async Task Statistics_page_of_a_document_without_disagreements_shows_no_findings_notice_and_no_marker()
    {
        // The RAK prints the PSKS and PPKS of the year before its own.
        var folder = await site.GetAsync(database);
        var year = Path.GetFileName(Assert.Single(Directory.GetDirectories(Path.Combine(folder, "wilayah/93-01/statistik"))));
        await AssertQuietAsync($"/wilayah/93-01/statistik/{year}/", "psks");
    }

    private async Task AssertQuietAsync(string path, string table)
    {
        var page = await PageAsync(path);
        // The page shows its figures (its main table has rows) and says nothing of findings.
        Assert.NotEmpty(page.GetElementById(table)?.QuerySelectorAll("tbody tr") ?? throw new Xunit.Sdk.XunitException($"No table #{table} on {path}."));
        Assert.Null(page.QuerySelector(".findings-notice"));
        Assert.Empty(page.QuerySelectorAll(".finding-flag"));
    }

    private async Task<IDocument> PageAsync(string path)
    {
        var folder = await site.GetAsync(database);
        var file = Path.Combine(folder, path.Trim('/'), "index.html");
        return new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file));
    }
}
