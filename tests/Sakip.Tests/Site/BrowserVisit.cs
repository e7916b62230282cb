using System.Text.Json;
using Microsoft.Playwright;
using Sakip.Site.Build;

namespace Sakip.Tests.Site;

/// <summary>One page of the built site opened in chromium, offline: requests to the site go to its server, the
/// Chart.js CDN is answered from the copy in the output (the same bytes, so the SRI check still runs) or, to try the
/// fallback, refused, and any other request is refused and reported. Console errors (among them the browser's
/// "Refused to ..." for anything the Content-Security-Policy blocks), Content-Security-Policy violation events, page
/// errors, failed requests and error statuses are collected.</summary>
public sealed class BrowserVisit : IAsyncDisposable
{
    private const string ChartsReady = """
        () => [...document.querySelectorAll('canvas[data-chart]')].every(c =>
            c.getAttribute('data-drawn') === 'true' && window.Chart !== undefined && window.Chart.getChart(c) !== undefined)
        """;

    private const string ChartState = """
        () => {
            const canvases = [...document.querySelectorAll('canvas[data-chart]')];
            return JSON.stringify({
                canvases: canvases.length,
                drawn: canvases.filter(c => c.getAttribute('data-drawn') === 'true').length,
                chartJsLoaded: window.Chart !== undefined,
                withChartInstance: window.Chart === undefined ? 0 : canvases.filter(c => window.Chart.getChart(c) !== undefined).length
            });
        }
        """;

    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private BrowserVisit(IBrowserContext context, IPage page, string url)
    {
        _context = context;
        Page = page;
        Url = url;
    }

    public IPage Page { get; }
    public string Url { get; }

    /// <summary>Number of chart canvases on the page.</summary>
    public int Charts { get; private set; }

    /// <summary>Number of times the Chart.js CDN address was requested (answered from the local copy unless refused).</summary>
    public int CdnRequests { get; private set; }

    /// <summary>Number of times the page asked the site for its same-origin Chart.js copy.</summary>
    public int FallbackRequests { get; private set; }

    /// <summary>Reports every securitypolicyviolation event of the page (installed before any of its scripts run);
    /// the browser also logs them as console errors, but the event names the directive and the blocked address.</summary>
    private const string CspListener = """
        document.addEventListener('securitypolicyviolation', e =>
            window.sakipCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || document.location.href}:${e.lineNumber}`));
        """;

    public IReadOnlyList<string> Problems
    {
        get { lock (_problems) return [.. _problems]; }
    }

    private void Report(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    /// <summary>Opens the page at the given viewport and waits until it has loaded, every chart is drawn (or 15 s have
    /// passed, which is reported as a problem) and the network is idle.</summary>
    /// <param name="status">the HTTP status the page itself must answer (404 for a missing address)</param>
    /// <param name="cdnReachable">false to refuse the Chart.js CDN, so the page must fall back to the same-origin copy</param>
    /// <param name="javaScript">false to open the page as a browser without JavaScript does (no chart is drawn then)</param>
    public static async Task<BrowserVisit> OpenAsync(IBrowser browser, BuiltSite site, string path, int width, int height,
        int status = 200, bool cdnReachable = true, bool javaScript = true)
    {
        var chartJs = await File.ReadAllBytesAsync(Path.Combine(site.Folder, ChartJs.LocalPath.TrimStart('/')));
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "id-ID",
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        var visit = new BrowserVisit(context, page, site.Address + path);
        await context.ExposeFunctionAsync("sakipCspViolation", (string violation) => visit.Report($"Content-Security-Policy violation: {violation}"));
        await context.AddInitScriptAsync(CspListener);

        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(site.Address + "/", StringComparison.Ordinal))
            {
                if (url == site.Address + ChartJs.LocalPath) visit.FallbackRequests++;
                await route.ContinueAsync();
            }
            else if (url == ChartJs.CdnUrl && !cdnReachable)
            {
                visit.CdnRequests++;
                await route.AbortAsync("internetdisconnected");
            }
            else if (url == ChartJs.CdnUrl)
            {
                visit.CdnRequests++;
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = "application/javascript; charset=utf-8",
                    Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
                    BodyBytes = chartJs,
                });
            }
            else
            {
                visit.Report($"request outside the site (refused, the tests run offline): {url}");
                await route.AbortAsync();
            }
        });
        // With the CDN refused, its failed request and the browser's message about it are the test's doing.
        bool Refused(string url) => !cdnReachable && url == ChartJs.CdnUrl;
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            if (!cdnReachable && message.Location.StartsWith(ChartJs.CdnUrl, StringComparison.Ordinal) && message.Text.Contains("net::ERR_INTERNET_DISCONNECTED", StringComparison.Ordinal)) return;
            // The page's own expected status (404 for a missing address) is not an error of the page.
            if (status != 200 && message.Location.StartsWith(visit.Url + ":", StringComparison.Ordinal) && message.Text.Contains($"status of {status} ", StringComparison.Ordinal)) return;
            visit.Report($"console error: {message.Text} (at {message.Location})");
        };
        page.PageError += (_, error) => visit.Report($"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            if (!Refused(request.Url)) visit.Report($"request failed: {request.Method} {request.Url}: {request.Failure}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !(response.Url == visit.Url && response.Status == status))
                visit.Report($"HTTP {response.Status} for {response.Request.Method} {response.Url}");
        };

        var answer = await page.GotoAsync(visit.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (answer is null || answer.Status != status) visit.Report($"the page itself answered HTTP {answer?.Status}, not {status}");

        visit.Charts = await page.Locator("canvas[data-chart]").CountAsync();
        if (!javaScript) return visit;
        try
        {
            await page.WaitForFunctionAsync(ChartsReady, null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            visit.Report($"charts not drawn within 15 s: {await page.EvaluateAsync<string>(ChartState)}");
        }
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return visit;
    }

    /// <summary>Runs axe-core (from the npm package the test build copies next to the tests) with the given tags.</summary>
    /// <remarks>Evaluated through the DevTools protocol rather than added as a script tag: the page's
    /// Content-Security-Policy refuses inline scripts, and the test must not relax it.</remarks>
    public async Task<AxeResult> RunAxeAsync(IReadOnlyList<string> tags)
    {
        await Page.EvaluateAsync("() => {\n" + AxeScript.Value + "\n}");
        var json = await Page.EvaluateAsync<string>("""
            async tags => {
                const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                return JSON.stringify({
                    passes: r.passes.length,
                    violations: r.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))
                    }))
                });
            }
            """, tags);
        return JsonSerializer.Deserialize<AxeResult>(json, JsonSerializerOptions.Web)!;
    }

    private static readonly Lazy<string> AxeScript = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "vendor", "axe.min.js");
        if (!File.Exists(path))
            throw new InvalidOperationException($"axe-core is missing at {path}: build the tests with npm on the PATH (it runs npm ci in tests/Sakip.Tests).");
        return File.ReadAllText(path);
    });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

public sealed record AxeResult(int Passes, List<AxeViolation> Violations);

public sealed record AxeViolation(string Id, string? Impact, string Help, List<string> Targets);
