using Sakip.Site.Build;
using Snapshooter;
using Snapshooter.Xunit;

namespace Sakip.Tests.Site;

/// <summary>Every page type rendered from the recorded API responses (no network, no database), as committed snapshots.</summary>
public sealed class PageSnapshotTests : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sakip-site-snap-");

    private string Output => Path.Combine(_root.FullName, "out");

    public async Task InitializeAsync()
    {
        var log = new StringWriter();
        using var replay = new ReplayHandler(RecordedApi.Folder());
        var exit = await SiteCommand.RunAsync(["--api", "http://recorded.invalid/graphql", "--out", Output], log, log, replay);
        Assert.True(exit == 0, log.ToString());
    }

    public Task DisposeAsync()
    {
        _root.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("home", "/")]
    [InlineData("method", "/metode/")]
    [InlineData("search", "/cari/")]
    [InlineData("search-region-tanahlaut", "/cari/wilayah/63-01/")]
    [InlineData("about", "/tentang/")]
    [InlineData("glossary", "/glosarium/")]
    [InlineData("agency-seruyan", "/wilayah/62-07/dinsos/")]
    [InlineData("rak-seruyan-2026", "/wilayah/62-07/dinsos/2026/rak/")]
    [InlineData("lkjip-tanahlaut-2022", "/wilayah/63-01/dinsos/2022/lkjip/")]
    [InlineData("performance-budget-tanahlaut-2022", "/wilayah/63-01/dinsos/2022/kinerja-anggaran/")]
    [InlineData("indicator-tanahlaut-pmks-tertangani", "/wilayah/63-01/dinsos/indikator/ind-pmks-tertangani/")]
    [InlineData("region-seruyan", "/wilayah/62-07/")]
    [InlineData("statistics-seruyan-2025", "/wilayah/62-07/statistik/2025/")]
    [InlineData("statistics-tanahlaut-2022", "/wilayah/63-01/statistik/2022/")]
    [InlineData("document-seruyan-rak-2026", "/dokumen/seruyan-rak-2026/")]
    [InlineData("document-tanahlaut-lkjip-2022", "/dokumen/tanahlaut-lkjip-2022/")]
    [InlineData("not-found", "/404.html")]
    public void Page_renders_as_committed(string name, string path)
    {
        var relative = path.TrimStart('/');
        var html = File.ReadAllText(Path.Combine(Output, relative.EndsWith(".html", StringComparison.Ordinal) ? relative : relative + "index.html"));
        Snapshot.Match(html, SnapshotNameExtension.Create(name));
    }

    [Fact]
    public void Every_table_download_is_written_beside_its_page()
    {
        var page = Path.Combine(Output, "wilayah/63-01/dinsos/2022/lkjip");
        var csv = File.ReadAllText(Path.Combine(page, "capaian.csv"));
        Assert.StartsWith("indikator,jenis,penanggung_jawab,satuan,target,target_teks,realisasi,realisasi_teks,capaian_tercetak,capaian_tercetak_teks,capaian_dihitung,capaian_dihitung_teks,kategori", csv);
        Assert.Contains("Persentase PMKS yang tertangani,IKU", csv);
        Assert.Contains(",41.42,", csv);
        Assert.True(File.Exists(Path.Combine(page, "capaian.xlsx")));
        Assert.Contains("\"path\": \"capaian.csv\"", File.ReadAllText(Path.Combine(page, "datapackage.json")));
        Assert.Contains("\"id\": \"capaian\"", File.ReadAllText(Path.Combine(page, "data.json")));
    }
}
