using Sakip.Site.Build;

namespace Sakip.Tests.Site;

/// <summary>The browser visit's Content-Security-Policy check itself, on a small hand-made page served with the site's
/// security headers: an inline script, a style attribute and an inline event handler are each reported, so a clean
/// visit of the real site means the policy was applied and held.</summary>
public sealed class CspCheckTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sakip-cspcheck-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Inline_script_style_attribute_and_event_handler_are_reported_as_violations()
    {
        // The visit answers the Chart.js CDN from the site's copy, so the page needs one even without charts.
        var chartJs = Path.Combine(_folder.FullName, ChartJs.LocalPath.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(chartJs)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "vendor", "chart.umd.min.js"), chartJs);
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "404.html"), "<!DOCTYPE html><title>404</title>");
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "index.html"), """
            <!DOCTYPE html>
            <html lang="id"><head><title>Uji</title></head><body>
              <script>document.title = "inline";</script>
              <div style="height: 10px">gaya</div>
              <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" onload="document.title = 'handler'">
            </body></html>
            """);
        await using var server = await StaticSiteServer.StartAsync(_folder.FullName);

        await using var visit = await BrowserVisit.OpenAsync(chromium.Browser, new BuiltSite(_folder.FullName, server.Address, ""), "/", 800, 600);

        var violations = visit.Problems.Where(p => p.StartsWith("Content-Security-Policy violation: ", StringComparison.Ordinal)).ToList();
        Assert.True(violations.Count(v => v.Contains("script-src", StringComparison.Ordinal)) == 2 && violations.Count(v => v.Contains("style-src", StringComparison.Ordinal)) == 1,
            "Expected two script-src violations (inline script, event handler) and one style-src violation (style attribute), got:\n" + string.Join("\n", visit.Problems));
        Assert.Equal("Uji", await visit.Page.TitleAsync());
        // Chromium also logs each as a console error ("Refused to ..." in older versions, "... violates the following
        // Content Security Policy directive" in newer ones), which the visit reports too.
        Assert.Equal(3, visit.Problems.Count(p => p.StartsWith("console error: ", StringComparison.Ordinal) && p.Contains("Content Security Policy", StringComparison.Ordinal)));
    }
}
