using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using Sakip.Site.Build;
using Sakip.Site.Pages.Data;
using Sakip.Site.Rendering.Downloads;

namespace Sakip.Tests.Site;

/// <summary>The site built once from the recorded API answers (no network, no database), for <see cref="DownloadFilesTests"/>.</summary>
public sealed class RecordedSiteFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sakip-site-downloads-");

    public string Output => Path.Combine(_root.FullName, "out");

    /// <summary>The generator's log of the build.</summary>
    public string Log { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var log = new StringWriter();
        using var replay = new ReplayHandler(RecordedApi.Folder());
        var exit = await SiteCommand.RunAsync(["--api", "http://recorded.invalid/graphql", "--out", Output], log, log, replay);
        Log = log.ToString();
        Assert.True(exit == 0, Log);
    }

    public Task DisposeAsync()
    {
        _root.Delete(recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>The downloads of a whole built site: every page's datapackage.json lists exactly its CSVs with the fields of
/// their headers, numeric fields hold only numbers at their stated precision, each workbook holds numbers in Indonesian
/// formats, each region's zip holds its pages' tables with one datapackage.json, and the data page that lists the zips
/// is linked from every page.</summary>
public sealed class DownloadFilesTests(RecordedSiteFixture site, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<RecordedSiteFixture>
{
    private const string Lkjip = "wilayah/63-01/dinsos/2022/lkjip/";

    private string Output => site.Output;

    private IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_page_datapackage_lists_exactly_its_csv_files_with_the_fields_of_their_headers()
    {
        var packages = Files(DataPackage.FileName).ToList();
        Assert.Contains(Lkjip + DataPackage.FileName, packages);
        var described = new List<string>();
        foreach (var package in packages)
        {
            var folder = package[..^DataPackage.FileName.Length];
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, package)));
            Assert.Equal("CC-BY-4.0", json.RootElement.GetProperty("licenses")[0].GetProperty("name").GetString());
            foreach (var resource in json.RootElement.GetProperty("resources").EnumerateArray())
            {
                var csv = folder + resource.GetProperty("path").GetString();
                described.Add(csv);
                var header = TableDownloadTests.ParseCsv(File.ReadAllText(Path.Combine(Output, csv)))[0];
                Assert.Equal(header, resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!));
            }
        }
        Assert.Equal(Files("*.csv").ToList(), described.Order(StringComparer.Ordinal).ToList());
        // Every CSV has its workbook beside it.
        Assert.All(described, csv => Assert.True(File.Exists(Path.Combine(Output, csv[..^4] + ".xlsx")), $"no workbook beside {csv}"));
    }

    [Fact]
    public void Numeric_fields_hold_only_numbers_computed_ones_with_two_decimals_published_ones_without_trailing_zeros()
    {
        var checkedValues = 0;
        foreach (var package in Files(DataPackage.FileName))
        {
            var folder = package[..^DataPackage.FileName.Length];
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, package)));
            foreach (var resource in json.RootElement.GetProperty("resources").EnumerateArray())
            {
                var csv = folder + resource.GetProperty("path").GetString();
                var records = TableDownloadTests.ParseCsv(File.ReadAllText(Path.Combine(Output, csv)));
                var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
                for (var i = 0; i < fields.Count; i++)
                {
                    var type = fields[i].GetProperty("type").GetString();
                    if (type == "string") continue;
                    int? decimals = fields[i].TryGetProperty("decimals", out var d) ? d.GetInt32() : null;
                    foreach (var value in records.Skip(1).Select(r => r[i]).Where(v => v.Length > 0))
                    {
                        var where = $"{csv}, {fields[i].GetProperty("name").GetString()}: \"{value}\"";
                        Assert.True(decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _), where + " is not a number");
                        var places = value.Contains('.') ? value.Length - value.IndexOf('.') - 1 : 0;
                        if (decimals is { } n) Assert.True(places == n, where + $" does not have {n} decimals");
                        else Assert.False(value.Contains('.') && value.EndsWith('0'), where + " has trailing zeros");
                        checkedValues++;
                    }
                }
            }
        }
        Assert.True(checkedValues > 500, $"only {checkedValues} figures checked");
        var capaian = TableDownloadTests.ParseCsv(File.ReadAllText(Path.Combine(Output, Lkjip + "capaian.csv")));
        var tertangani = Assert.Single(capaian, r => r[0] == "Persentase PMKS yang tertangani");
        Assert.Equal("41.42", tertangani[Array.IndexOf(capaian[0], "capaian_dihitung")]);
    }

    [Fact]
    public void Lkjip_and_rak_targets_and_realisations_are_numbers_with_the_shown_text_beside_them()
    {
        var capaian = TableDownloadTests.ParseCsv(File.ReadAllText(Path.Combine(Output, Lkjip + "capaian.csv")));
        string Cell(List<string[]> records, string[] row, string name) => row[Array.IndexOf(records[0], name)];

        var mandiri = Assert.Single(capaian, r => r[0] == "Persentase PMKS yang menjadi mandiri (%)");
        Assert.Equal("25", Cell(capaian, mandiri, "target"));
        Assert.Equal("25%", Cell(capaian, mandiri, "target_teks"));
        Assert.Equal("13.32", Cell(capaian, mandiri, "realisasi"));
        Assert.Equal("13,32%", Cell(capaian, mandiri, "realisasi_teks"));
        // A grade is no number: an empty number and the grade as its text.
        var akuntabilitas = Assert.Single(capaian, r => r[0] == "Nilai Akuntabilitas Kinerja Instansi Pemerintah");
        Assert.Equal("", Cell(capaian, akuntabilitas, "realisasi"));
        Assert.Equal("BB", Cell(capaian, akuntabilitas, "realisasi_teks"));
        // Not reported: no number, and the page's words.
        var risiko = Assert.Single(capaian, r => r[0] == "Indeks Resiko Bencana Daerah (skor)");
        Assert.Equal("", Cell(capaian, risiko, "realisasi"));
        Assert.NotEqual("", Cell(capaian, risiko, "realisasi_teks"));

        var tree = TableDownloadTests.ParseCsv(File.ReadAllText(Path.Combine(Output, "wilayah/62-07/dinsos/2026/rak/pohon-kinerja.csv")));
        var fakirMiskin = Assert.Single(tree, r => r[0] == "Indikator: Jumlah Fakir Miskin Cakupan Daerah Kabupaten /Kota yang Didata");
        Assert.Equal("39500", Cell(tree, fakirMiskin, "target"));
        Assert.Equal("", Cell(tree, fakirMiskin, "target_teks"));
        var sakip = tree.First(r => r[0] == "Indikator: Nilai SAKIP Dinas Sosial");
        Assert.Equal("60", Cell(tree, sakip, "target"));
        Assert.Equal("60 (B)", Cell(tree, sakip, "target_teks"));

        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, Lkjip + DataPackage.FileName)));
        var target = package.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("path").GetString() == "capaian.csv")
            .GetProperty("schema").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "target");
        Assert.Equal("number", target.GetProperty("type").GetString());
        Assert.Contains("satuan indikator", target.GetProperty("description").GetString());
    }

    [Fact]
    public void Lkjip_workbook_holds_the_computed_capaian_as_numbers_in_an_indonesian_format()
    {
        using var workbook = new XLWorkbook(Path.Combine(Output, Lkjip + "capaian.xlsx"));
        var sheet = workbook.Worksheet(TableWorkbook.DataSheet);
        var column = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "Capaian dihitung").Address.ColumnNumber;
        var row = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "Persentase PMKS yang tertangani").Address.RowNumber;
        var cell = sheet.Cell(row, column);
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(41.42, cell.GetDouble());
        Assert.Equal("[$-421]#,##0.00\"%\"", cell.Style.NumberFormat.Format);
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Contains("creativecommons.org", string.Join(" ", workbook.Worksheet(TableWorkbook.NotesSheet).CellsUsed().Select(c => c.GetString())));
    }

    [Fact]
    public void Each_region_zip_holds_every_table_of_its_pages_and_one_datapackage_describing_them_and_together_they_hold_every_table()
    {
        var zips = Files("sakip-*.zip").ToList();
        output.WriteLine(string.Join("\n", zips.Select(z => $"{z}: {new FileInfo(Path.Combine(Output, z)).Length:N0} bytes")) + "\n" + site.Log);
        // The recordings' two regions and the site-wide pages.
        Assert.Equal([BulkDownload.ZipFile(null), BulkDownload.ZipFile("62.07"), BulkDownload.ZipFile("63.01")], zips);

        var inZips = new List<string>();
        foreach (var (zipFile, region) in new[] { (BulkDownload.ZipFile("62.07"), "62-07"), (BulkDownload.ZipFile("63.01"), "63-01"), (BulkDownload.ZipFile(null), null) })
        {
            using var zip = ZipFile.OpenRead(Path.Combine(Output, zipFile));
            var csvs = zip.Entries.Select(e => e.FullName).Where(e => e.EndsWith(".csv", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(csvs);
            foreach (var csv in csvs)
            {
                using var stream = zip.GetEntry(csv)!.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                Assert.True(File.ReadAllBytes(Path.Combine(Output, csv)).AsSpan().SequenceEqual(copy.ToArray()), $"{csv} differs in {zipFile}");
            }
            using var package = JsonDocument.Parse(zip.GetEntry(DataPackage.FileName)!.Open());
            var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
            Assert.Equal(csvs, resources.Select(r => r.GetProperty("path").GetString()!).Order(StringComparer.Ordinal));
            Assert.Equal(resources.Count, resources.Select(r => r.GetProperty("name").GetString()).Distinct().Count());
            Assert.Equal("CC-BY-4.0", package.RootElement.GetProperty("licenses")[0].GetProperty("name").GetString());
            // A region's zip holds its pages' tables only; the site-wide one none of a region's.
            Assert.All(csvs, csv => Assert.True(region is null ? !csv.StartsWith("wilayah/", StringComparison.Ordinal) && !csv.StartsWith("dokumen/", StringComparison.Ordinal)
                : csv.StartsWith($"wilayah/{region}/", StringComparison.Ordinal) || csv.StartsWith("dokumen/", StringComparison.Ordinal), $"{csv} in {zipFile}"));
            inZips.AddRange(csvs);
        }
        // Every table but the comparisons across regions, whose rows are the regions' own pages' figures.
        var comparisons = Files("*.csv").Where(f => f.StartsWith("perbandingan/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(comparisons);
        Assert.Equal(Files("*.csv").Except(comparisons).ToList(), inZips.Order(StringComparer.Ordinal).ToList());
        // Each document's tables are in its region's zip: Seruyan (62.07) has the RAK, Tanah Laut (63.01) the LKjIP.
        using (var seruyan = ZipFile.OpenRead(Path.Combine(Output, BulkDownload.ZipFile("62.07"))))
            Assert.Contains(seruyan.Entries, e => e.FullName.StartsWith("dokumen/seruyan-rak-2026/", StringComparison.Ordinal));
        using (var tanahLaut = ZipFile.OpenRead(Path.Combine(Output, BulkDownload.ZipFile("63.01"))))
        {
            Assert.Contains(tanahLaut.Entries, e => e.FullName.StartsWith("dokumen/tanahlaut-lkjip-2022/", StringComparison.Ordinal));
            Assert.Contains(tanahLaut.Entries, e => e.FullName.StartsWith(Lkjip, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Data_page_is_linked_from_every_page_footer_and_lists_every_zip_with_its_size_and_each_region_page_offers_its_own()
    {
        var parser = new HtmlParser();
        foreach (var page in Files("index.html"))
        {
            var html = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, page)));
            Assert.True(html.QuerySelector($"footer a[href='{Paths.Data}']") is not null, $"{page} has no link to the data page in its footer");
        }

        var data = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, BulkDownload.PageFile)));
        Assert.Equal("Data terbuka", data.QuerySelector("h1")!.TextContent);
        var rows = data.QuerySelectorAll("table.bulk-downloads tbody tr").ToList();
        Assert.Equal(["Halaman tingkat nasional", "Kabupaten Seruyan", "Kabupaten Tanah Laut"], rows.Select(r => r.QuerySelector("th a")?.TextContent ?? r.QuerySelector("th")!.TextContent.Trim()).Order(StringComparer.Ordinal));
        long total = 0;
        foreach (var row in rows)
        {
            var zip = row.QuerySelector("a[download]")!.GetAttribute("href")!.TrimStart('/');
            var bytes = new FileInfo(Path.Combine(Output, zip)).Length;
            Assert.Equal(DataModel.Size(bytes), row.QuerySelector(".file-size")!.TextContent.Trim());
            total += bytes;
        }
        Assert.Equal(DataModel.Size(total), data.QuerySelector("p > .file-size")!.TextContent.Trim());
        Assert.Contains("/data/", File.ReadAllText(Path.Combine(Output, "sitemap.xml")));
        // Each region's page offers its own zip.
        var region = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, "wilayah/63-01/index.html")));
        Assert.NotNull(region.QuerySelector($"a[href='/{BulkDownload.ZipFile("63.01")}'][download]"));

        // Each table of a page offers its CSV and workbook, the page its datapackage.json.
        var lkjip = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, Lkjip + "index.html")));
        foreach (var href in new[] { "capaian.csv", "capaian.xlsx", DataPackage.FileName })
            Assert.True(lkjip.QuerySelector($"a[href='/{Lkjip}{href}']") is not null, $"the LKjIP page does not link {href}");
    }
}
