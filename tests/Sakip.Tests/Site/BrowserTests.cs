using System.Text.Json;
using Sakip.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sakip.Tests.Site;

/// <summary>One page of every page type of the built site, opened in chromium over HTTP: it loads without errors and
/// draws its charts, axe-core finds no serious or critical WCAG 2.1 A/AA violation, and it fits a 320 px screen.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class BrowserTests(DatabaseFixture database, BuiltSiteFixture built, ChromiumFixture chromium, ITestOutputHelper output)
    : IClassFixture<ChromiumFixture>
{
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Width of the narrowest phone screen the site must fit, and the rounding tolerance in CSS pixels.</summary>
    private const int NarrowWidth = 320;
    private const int Tolerance = 1;

    public static TheoryData<string> PageTypeNames => PageTypes.Names;

    private async Task<BrowserVisit> OpenAsync(string type, int width, int height)
    {
        var site = await built.GetAsync(database);
        var path = PageTypes.PickPage(site, type);
        var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, path, width, height);
        output.WriteLine($"{type}: {path} ({visit.Charts} charts, Chart.js CDN answered locally {visit.CdnRequests} times)");
        return visit;
    }

    [Theory]
    [MemberData(nameof(PageTypeNames))]
    public async Task Page_loads_without_errors_and_draws_every_chart(string type)
    {
        await using var visit = await OpenAsync(type, 1280, 900);
        Assert.True(visit.Problems.Count == 0, $"{visit.Url}:\n" + string.Join("\n", visit.Problems));
        if (visit.Charts > 0)
            Assert.True(visit.CdnRequests > 0, $"{visit.Url} has {visit.Charts} charts but never asked the Chart.js CDN for the script.");
    }

    [Theory]
    [MemberData(nameof(PageTypeNames))]
    public async Task Page_has_no_serious_or_critical_accessibility_violations(string type)
    {
        await using var visit = await OpenAsync(type, 1280, 900);
        var result = await visit.RunAxeAsync(AxeTags);
        Assert.True(result.Passes > 0, $"axe-core checked nothing on {visit.Url}.");
        foreach (var v in result.Violations)
            output.WriteLine($"axe {v.Impact}: {v.Id}: {v.Help} [{string.Join(" | ", v.Targets)}]");

        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0,
            $"axe-core ({string.Join(", ", AxeTags)}) found serious or critical violations on {visit.Url}:\n" +
            string.Join("\n", blocking.Select(v => $"- {v.Id} ({v.Impact}): {v.Help}\n    {string.Join("\n    ", v.Targets)}")));
    }

    [Theory]
    [MemberData(nameof(PageTypeNames))]
    public async Task Page_fits_a_320px_screen_without_horizontal_scrolling(string type)
    {
        await using var visit = await OpenAsync(type, NarrowWidth, 800);
        var json = await visit.Page.EvaluateAsync<string>("""
            limit => {
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                    (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
                const path = e => { const parts = []; for (let x = e; x && x !== document.body; x = x.parentElement) parts.unshift(name(x)); return parts.join(' > '); };
                // Tables scroll inside their .table-wrap, so what is inside one does not widen the page.
                const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => !e.parentElement.closest('.table-wrap') && e.getBoundingClientRect().right > limit)
                    .slice(0, 10)
                    .map(e => path(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
                return JSON.stringify({ scrollWidth: document.documentElement.scrollWidth, wide });
            }
            """, NarrowWidth + Tolerance);
        using var measured = JsonDocument.Parse(json);
        var scrollWidth = measured.RootElement.GetProperty("scrollWidth").GetInt32();
        var wide = measured.RootElement.GetProperty("wide").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(scrollWidth <= NarrowWidth + Tolerance,
            $"{visit.Url} is {scrollWidth} px wide on a {NarrowWidth} px screen; elements reaching past the edge:\n" + string.Join("\n", wide));
    }
}
