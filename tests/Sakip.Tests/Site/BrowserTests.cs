using System.Text.Json;
using Microsoft.Playwright;
using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sakip.Tests.Site;

/// <summary>One page of every page type of the built site, opened in chromium over HTTP with the production security
/// headers: it loads without errors or Content-Security-Policy violations and draws its charts (from the CDN address,
/// and from the same-origin copy when the CDN is unreachable), axe-core finds no serious or critical WCAG 2.1 A/AA
/// violation, and it fits 320, 375 and 1280 px screens with its wide tables scrolling inside their frames. A missing
/// address answers the 404 page.</summary>
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

    [Fact]
    public async Task Charts_are_drawn_from_the_same_origin_copy_when_the_cdn_is_unreachable()
    {
        var site = await built.GetAsync(database);
        var path = PageTypes.PickPage(site, "lkjip");
        await using var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, path, 1280, 900, cdnReachable: false);
        output.WriteLine($"{path}: {visit.Charts} charts, CDN refused {visit.CdnRequests} times, same-origin copy asked {visit.FallbackRequests} times");
        Assert.True(visit.Charts > 0 && visit.CdnRequests > 0, $"{visit.Url} did not try the CDN for its {visit.Charts} charts.");
        Assert.True(visit.FallbackRequests > 0, $"{visit.Url} never asked for the same-origin copy {ChartJs.LocalPath}.");
        Assert.True(visit.Problems.Count == 0, $"{visit.Url}:\n" + string.Join("\n", visit.Problems));
    }

    [Fact]
    public async Task A_missing_address_at_any_depth_answers_the_indonesian_404_page_in_the_site_layout()
    {
        var site = await built.GetAsync(database);
        await using var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, "/wilayah/99-99/tidak-ada/2099/", 1280, 900, status: 404);
        Assert.True(visit.Problems.Count == 0, $"{visit.Url}:\n" + string.Join("\n", visit.Problems));
        Assert.Equal("Halaman tidak ditemukan", await visit.Page.Locator("h1").InnerTextAsync());
        // Absolute links, so they work under the missing address too, and the site's style sheet applied.
        Assert.Equal(site.Address + "/", await visit.Page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke beranda" }).EvaluateAsync<string>("a => a.href"));
        Assert.Equal(site.Address + "/cari/", await visit.Page.GetByRole(AriaRole.Link, new() { Name = "Cari perangkat daerah atau indikator" }).EvaluateAsync<string>("a => a.href"));
        Assert.Equal("flex", await visit.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.header-inner')).display"));
        var axe = await visit.RunAxeAsync(AxeTags);
        var blocking = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
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

    /// <summary>Every page type at each screen width it must fit.</summary>
    public static TheoryData<string, int> PageTypesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var type in PageTypes.All)
            foreach (var width in ScreenWidths) data.Add(type.Name, width);
        return data;
    }

    /// <summary>The narrowest phone, a common phone and a laptop.</summary>
    private static readonly int[] ScreenWidths = [NarrowWidth, 375, 1280];

    /// <summary>With every folded part unfolded: the page never scrolls sideways; every table wider than its frame is
    /// inside a <c>.table-wrap</c> that scrolls sideways (so all its columns can be reached), lies within the screen and
    /// can be focused to scroll with the keyboard; when such a table is scrolled to its last column, its first column
    /// is still in view (sticky), and the frame says the table scrolls (shadow and hint).</summary>
    [Theory]
    [MemberData(nameof(PageTypesAndWidths))]
    public async Task Page_fits_the_screen_and_its_wide_tables_scroll_inside_their_frame_with_the_first_column_kept(string type, int width)
    {
        await using var visit = await OpenAsync(type, width, 800);
        await visit.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var json = await visit.Page.EvaluateAsync<string>("""
            async limit => {
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                    (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
                const path = e => { const parts = []; for (let x = e; x && x !== document.body; x = x.parentElement) parts.unshift(name(x)); return parts.join(' > '); };
                // Tables scroll inside their .table-wrap, so what is inside one does not widen the page.
                const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => !e.parentElement.closest('.table-wrap') && e.getBoundingClientRect().right > limit)
                    .slice(0, 10)
                    .map(e => path(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
                const tables = [];
                for (const table of document.querySelectorAll('main table')) {
                    const wrap = table.closest('.table-wrap');
                    const t = { id: table.id, width: Math.round(table.getBoundingClientRect().width) };
                    tables.push(t);
                    if (!wrap) { t.problem = 'not inside a .table-wrap'; continue; }
                    t.box = wrap.clientWidth;
                    t.right = Math.round(wrap.getBoundingClientRect().right);
                    t.overflowX = getComputedStyle(wrap).overflowX;
                    t.focusable = wrap.tabIndex === 0;
                    t.scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
                    if (!t.scrolls) continue;
                    const frame = wrap.closest('.table-frame');
                    const hint = frame && frame.parentElement.querySelector('.scroll-hint');
                    t.hinted = !!frame && frame.classList.contains('more-right') && !!hint && !hint.hidden && hint.offsetHeight > 0;
                    wrap.scrollLeft = wrap.scrollWidth;
                    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                    t.reached = Math.abs(wrap.scrollLeft + wrap.clientWidth - wrap.scrollWidth) <= 1;
                    const first = table.tBodies[0] && table.tBodies[0].rows[0] && table.tBodies[0].rows[0].cells[0];
                    const box = wrap.getBoundingClientRect();
                    t.firstColumnInView = !!first && first.getBoundingClientRect().left >= box.left - 1 && first.getBoundingClientRect().right <= box.right + 1;
                    t.firstColumnSticky = !!first && getComputedStyle(first).position === 'sticky';
                    t.shadowLeft = !!frame && frame.classList.contains('more-left');
                    wrap.scrollLeft = 0;
                }
                return JSON.stringify({ scrollWidth: document.documentElement.scrollWidth, wide, tables });
            }
            """, width + Tolerance);
        using var measured = JsonDocument.Parse(json);
        var scrollWidth = measured.RootElement.GetProperty("scrollWidth").GetInt32();
        var wide = measured.RootElement.GetProperty("wide").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(scrollWidth <= width + Tolerance,
            $"{visit.Url} is {scrollWidth} px wide on a {width} px screen; elements reaching past the edge:\n" + string.Join("\n", wide));

        var problems = new List<string>();
        var scrolling = 0;
        foreach (var t in measured.RootElement.GetProperty("tables").EnumerateArray())
        {
            var id = t.GetProperty("id").GetString();
            if (t.TryGetProperty("problem", out var problem)) { problems.Add($"table #{id}: {problem.GetString()}"); continue; }
            if (t.GetProperty("right").GetInt32() > width + Tolerance) problems.Add($"table #{id}: its frame reaches {t.GetProperty("right").GetInt32()} px");
            if (!t.GetProperty("focusable").GetBoolean()) problems.Add($"table #{id}: its frame cannot be focused to scroll with the keyboard");
            if (!t.GetProperty("scrolls").GetBoolean()) continue;
            scrolling++;
            output.WriteLine($"table #{id}: {t.GetProperty("width").GetInt32()} px in a {t.GetProperty("box").GetInt32()} px frame, scrolls");
            if (t.GetProperty("overflowX").GetString() is not ("auto" or "scroll")) problems.Add($"table #{id}: wider than its frame, which does not scroll (overflow-x {t.GetProperty("overflowX").GetString()})");
            if (!t.GetProperty("reached").GetBoolean()) problems.Add($"table #{id}: its last column cannot be scrolled to");
            if (!t.GetProperty("firstColumnSticky").GetBoolean() || !t.GetProperty("firstColumnInView").GetBoolean()) problems.Add($"table #{id}: scrolled to its last column, its first column is not kept in view");
            if (!t.GetProperty("hinted").GetBoolean()) problems.Add($"table #{id}: no shadow and hint say the table scrolls");
            if (!t.GetProperty("shadowLeft").GetBoolean()) problems.Add($"table #{id}: scrolled to its end, no shadow says columns lie to the left");
        }
        output.WriteLine($"{scrolling} tables scroll inside their frame at {width} px");
        Assert.True(problems.Count == 0, $"{visit.Url} at {width} px:\n" + string.Join("\n", problems));
    }

    /// <summary>Page types with horizontal bar charts, whose category labels are long names (indicators, PPKS categories,
    /// programs).</summary>
    public static TheoryData<string> ChartPageTypes => new("lkjip", "statistics", "performance-budget", "rak");

    [Theory]
    [MemberData(nameof(ChartPageTypes))]
    public async Task Charts_fit_a_375px_screen_and_show_every_label_whole(string type)
    {
        await using var visit = await OpenAsync(type, 375, 800);
        Assert.True(visit.Charts > 0, $"{visit.Url} has no chart.");
        var problems = await visit.Page.EvaluateAsync<string[]>("""
            () => {
                const problems = [];
                const screen = document.documentElement.clientWidth;
                // Hyphens and spaces are where a line may break; the words between them must all be there.
                const words = s => s.replace(/[-\s]/g, '');
                for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
                    const spec = JSON.parse(canvas.getAttribute('data-chart'));
                    const chart = window.Chart.getChart(canvas);
                    const box = canvas.getBoundingClientRect();
                    if (box.left < -1 || box.right > screen + 1) problems.push(`${canvas.id}: canvas from ${Math.round(box.left)} to ${Math.round(box.right)} px on a ${screen} px screen`);
                    const axis = chart.scales[spec.horizontal ? 'y' : 'x'];
                    const labels = chart.data.labels.map(l => Array.isArray(l) ? l : [l]);
                    if (axis.ticks.length !== labels.length) problems.push(`${canvas.id}: ${axis.ticks.length} of ${labels.length} labels drawn`);
                    labels.forEach((lines, i) => {
                        const text = lines.join(' ');
                        if (text.includes('…') || words(text) !== words(spec.labels[i].join(' '))) problems.push(`${canvas.id}: label “${text}” is not “${spec.labels[i].join(' ')}”`);
                    });
                    if (spec.horizontal) {
                        // The tick font as Chart.js resolves it for drawing (its default, 12 px, unless the chart sets one).
                        const d = window.Chart.defaults.font;
                        const font = typeof axis._resolveTickFontOptions === 'function' ? axis._resolveTickFontOptions(0).string : `${d.size}px ${d.family}`;
                        const ctx = canvas.getContext('2d');
                        ctx.save();
                        ctx.font = font;
                        const widest = Math.max(...labels.flat().map(line => ctx.measureText(line).width));
                        ctx.restore();
                        if (axis.left < 0 || widest > axis.width) problems.push(`${canvas.id}: widest label ${Math.round(widest)} px in an axis ${Math.round(axis.width)} px wide from ${Math.round(axis.left)} px`);
                    }
                }
                return problems;
            }
            """);
        Assert.True(problems.Length == 0, $"{visit.Url} at 375 px:\n" + string.Join("\n", problems));
        Assert.True(visit.Problems.Count == 0, $"{visit.Url}:\n" + string.Join("\n", visit.Problems));
    }
}
