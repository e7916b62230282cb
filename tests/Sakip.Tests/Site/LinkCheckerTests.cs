namespace Sakip.Tests.Site;

/// <summary>The link checker itself, on a small hand-made site: it reports each kind of broken link and accepts the
/// links that are fine, so a clean report on the real site means something.</summary>
public sealed class LinkCheckerTests : IDisposable
{
    private const string Address = "https://sakip.example.id";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sakip-linkcheck-");

    public void Dispose() => _folder.Delete(recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Reports_missing_files_fragments_and_folders_without_slash_and_accepts_the_rest()
    {
        Write("index.html", """
            <html><head>
              <link rel="stylesheet" href="/assets/site.css">
              <link rel="canonical" href="https://sakip.example.id/">
              <meta property="og:url" content="https://sakip.example.id/hilang/">
            </head><body>
              <a href="#isi">ok: fragment on this page</a>
              <a href="#tidak-ada">broken: fragment on this page</a>
              <a href="metode/">ok: relative folder</a>
              <a href="/metode/#cara">ok: fragment on another page</a>
              <a href="/metode/#bukan">broken: fragment on another page</a>
              <a href="/metode">broken: folder without slash</a>
              <a href="/metode/data.csv">ok: download</a>
              <a href="/metode/data.csv#x">broken: fragment into a CSV</a>
              <a href="/wilayah/62-07/">broken: no such page</a>
              <a href="/graphql">ok: served by the API</a>
              <a href="https://example.org/">ok: another site</a>
              <script src="/assets/site.js" data-chartjs-fallback="/assets/vendor/chart.umd.min.js"></script>
              <main id="isi"></main>
            </body></html>
            """);
        Write("metode/index.html", """<html><body><h2 id="cara">Cara</h2><a href="../">ok: up</a><img src="grafik.png" alt=""></body></html>""");
        Write("metode/data.csv", "a,b\n");
        Write("assets/site.css", "");
        Write("assets/site.js", "");

        var report = LinkChecker.Check(new BuiltSite(_folder.FullName, Address, ""));

        Assert.Equal(2, report.Pages);
        Assert.Equal(18, report.Links);
        Assert.Equal(
        [
            "/: <meta content=\"https://sakip.example.id/hilang/\">: no file hilang/index.html in the output",
            "/: <a href=\"#tidak-ada\">: no element with id \"tidak-ada\" on this page",
            "/: <a href=\"/metode/#bukan\">: no element with id \"bukan\" on /metode/",
            "/: <a href=\"/metode\">: /metode is a folder: link to /metode/ (with the slash) so no redirect is needed",
            "/: <a href=\"/metode/data.csv#x\">: #x points into data.csv, which is not a page",
            "/: <a href=\"/wilayah/62-07/\">: no file wilayah/62-07/index.html in the output",
            "/: <script data-chartjs-fallback=\"/assets/vendor/chart.umd.min.js\">: no file assets/vendor/chart.umd.min.js in the output",
            "/metode/: <img src=\"grafik.png\">: no file metode/grafik.png in the output",
        ], report.Broken);
    }

    [Fact]
    public void Reports_relative_links_on_the_404_page_which_is_served_at_any_depth()
    {
        Write("404.html", """
            <html><head><link rel="stylesheet" href="/assets/site.css"></head><body>
              <a href="#isi">ok: fragment</a>
              <a href="/">ok: absolute from /</a>
              <a href="https://example.org/">ok: another site</a>
              <a href="cari/">broken: relative</a>
              <a href="assets/site.css">broken: relative to a file that exists at the root</a>
              <main id="isi"></main>
            </body></html>
            """);
        Write("index.html", "<html><body></body></html>");
        Write("cari/index.html", "<html><body></body></html>");
        Write("assets/site.css", "");

        var report = LinkChecker.Check(new BuiltSite(_folder.FullName, Address, ""));

        Assert.Equal(
        [
            "/404.html: <a href=\"cari/\">: relative address on a page served for missing addresses at any depth: make it absolute from /",
            "/404.html: <a href=\"assets/site.css\">: relative address on a page served for missing addresses at any depth: make it absolute from /",
        ], report.Broken);
    }
}
