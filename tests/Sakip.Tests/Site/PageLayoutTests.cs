using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sakip.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Sakip.Tests.Site;

/// <summary>How pages read beyond one screen, in chromium over HTTP: printed on A4 with no table cut; the RAK page's
/// contents, plan tree folding without JavaScript and link back to the top; the source column folding away without
/// JavaScript; and the tables' sort buttons and filter box (site.js).</summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class PageLayoutTests(DatabaseFixture database, BuiltSiteFixture built, ChromiumFixture chromium, ITestOutputHelper output)
    : IClassFixture<ChromiumFixture>
{
    /// <summary>A4's printable width in CSS pixels (96 per inch) within the margins site.css gives its pages: 12 mm
    /// each side of a portrait page, 12 mm each side of the landscape page named "wide".</summary>
    private const double PortraitWidth = (210 - 2 * 12) / 25.4 * 96;
    private const double LandscapeWidth = (297 - 2 * 12) / 25.4 * 96;

    /// <summary>The RAK page's first chart started 15,000 px down before the plan tree folded; it must now start within
    /// this many pixels of the top at 1280 px.</summary>
    private const int FirstChartBound = 4000;

    public static TheoryData<string> PageTypeNames => PageTypes.Names;

    private async Task<BrowserVisit> OpenAsync(string type, int width, int height, bool javaScript = true)
    {
        var site = await built.GetAsync(database);
        var path = PageTypes.PickPage(site, type);
        var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, path, width, height, javaScript: javaScript);
        output.WriteLine($"{type}: {path}");
        return visit;
    }

    /// <summary>In print emulation, laid out at the printable width of its page (portrait A4, or landscape for the
    /// tables site.css sends to the "wide" page), no table is wider than its box or the page and every cell is shown
    /// (the folded source column and folded parts print); then the page prints to an A4 PDF.</summary>
    [Theory]
    [MemberData(nameof(PageTypeNames))]
    public async Task Page_prints_on_A4_with_no_table_cut(string type)
    {
        await using var visit = await OpenAsync(type, 1280, 900);
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var problems = new List<string>();
        foreach (var (width, landscape) in new[] { (PortraitWidth, false), (LandscapeWidth, true) })
        {
            await visit.Page.SetViewportSizeAsync((int)Math.Floor(width), 1200);
            var json = await visit.Page.EvaluateAsync<string>("""
                ([limit, landscape]) => {
                    // Which page an element prints on: the landscape one named "wide" or the portrait one.
                    const onWide = e => { const b = e.closest('.table-block'); return !!b && getComputedStyle(b).page === 'wide'; };
                    return JSON.stringify({
                    wide: [...document.body.querySelectorAll('*')]
                        .filter(e => !e.parentElement.closest('table') && onWide(e) === landscape && e.getBoundingClientRect().right > limit + 1)
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + (typeof e.className === 'string' ? e.className : '') + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)'),
                    tables: [...document.querySelectorAll('main table')]
                        .filter(t => onWide(t) === landscape)
                        .map(t => ({
                            id: t.id,
                            scrollWidth: t.scrollWidth,
                            box: Math.round((t.closest('.table-wrap') || t.parentElement).getBoundingClientRect().width),
                            right: Math.round(t.getBoundingClientRect().right),
                            height: Math.round(t.getBoundingClientRect().height),
                            hiddenCells: [...t.querySelectorAll('th, td')].filter(c => getComputedStyle(c).display === 'none').length
                        }))
                    });
                }
                """, new object[] { width, landscape });
            using var measured = JsonDocument.Parse(json);
            var wide = measured.RootElement.GetProperty("wide").EnumerateArray().Select(e => e.GetString()).ToList();
            if (wide.Count > 0)
                problems.Add($"{(landscape ? "landscape" : "portrait")}: elements reach past the {width:0} px printable width: {string.Join(", ", wide)}");
            foreach (var t in measured.RootElement.GetProperty("tables").EnumerateArray())
            {
                var id = t.GetProperty("id").GetString();
                var (scroll, box, right) = (t.GetProperty("scrollWidth").GetInt32(), t.GetProperty("box").GetInt32(), t.GetProperty("right").GetInt32());
                output.WriteLine($"{(landscape ? "landscape" : "portrait")} table #{id}: {scroll} px in a {box} px box, right edge {right} of {width:0} px");
                if (scroll > box + 1 || right > width + 1) problems.Add($"table #{id} is cut on a {(landscape ? "landscape" : "portrait")} page: {scroll} px in a {box} px box, right edge {right} of {width:0} px");
                if (t.GetProperty("height").GetInt32() == 0) problems.Add($"table #{id} does not print (it stays folded)");
                if (t.GetProperty("hiddenCells").GetInt32() > 0) problems.Add($"table #{id} prints with {t.GetProperty("hiddenCells").GetInt32()} cells hidden");
            }
        }
        Assert.True(problems.Count == 0, $"{visit.Url}:\n" + string.Join("\n", problems));

        var pdf = await visit.Page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var pages = PdfPage().Count(text);
        var landscapePages = LandscapeMediaBox().Count(text);
        output.WriteLine($"{visit.Url} prints on {pages} A4 pages ({landscapePages} of them landscape), {pdf.Length:N0} bytes of PDF");
        Assert.True(pages > 0, $"{visit.Url} printed to a PDF with no page.");
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();

    // A4 landscape in PDF points, as chromium writes it: [0 0 841.91998 594.95996].
    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+84[12](\.[0-9]+)?\s+59[45](\.[0-9]+)?\s*\]")]
    private static partial Regex LandscapeMediaBox();

    /// <summary>Without JavaScript, the LKjIP capaian table's source column starts folded and its checkbox shows it.</summary>
    [Fact]
    public async Task The_source_column_folds_away_and_its_checkbox_shows_it_without_javascript()
    {
        await using var visit = await OpenAsync("lkjip", 1280, 900, javaScript: false);
        var header = visit.Page.Locator("#capaian thead th.col-source");
        Assert.Equal("Sumber", (await header.InnerTextAsync()).Trim());
        Assert.False(await header.IsVisibleAsync(), "The source column of #capaian shows before its checkbox is ticked.");
        var rows = await visit.Page.Locator("#capaian tbody tr").CountAsync();
        Assert.Equal(0, await visit.Page.Locator("#capaian tbody td.col-source:visible").CountAsync());

        await visit.Page.GetByLabel("Tampilkan kolom sumber").First.CheckAsync();
        Assert.True(await header.IsVisibleAsync(), "Ticking “Tampilkan kolom sumber” did not show the source column of #capaian.");
        Assert.Equal(rows, await visit.Page.Locator("#capaian tbody td.col-source:visible").CountAsync());
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    /// <summary>The RAK page lists its sections as links to their headings; its plan tree folds and unfolds without
    /// JavaScript, programmes starting folded; a link leads back to the top; and its first chart starts near the top.</summary>
    [Fact]
    public async Task The_rak_page_has_contents_a_plan_tree_that_folds_without_javascript_and_a_way_back_to_the_top()
    {
        await using var visit = await OpenAsync("rak", 1280, 900, javaScript: false);
        var page = visit.Page;

        var links = page.Locator("nav.toc a");
        var count = await links.CountAsync();
        Assert.True(count >= 3, $"The RAK page's contents list {count} sections.");
        for (var i = 0; i < count; i++)
        {
            var href = await links.Nth(i).GetAttributeAsync("href");
            Assert.StartsWith("#", href);
            Assert.True(await page.Locator(href!).CountAsync() == 1, $"The contents link {href} has no target on the page.");
            output.WriteLine($"contents: {await links.Nth(i).InnerTextAsync()} → {href}");
        }
        Assert.Contains("Pohon kinerja", await page.Locator("nav.toc").InnerTextAsync());

        // A folded programme: its indicators are hidden until its summary is clicked, and hidden again after.
        var folded = page.Locator("ul.tree details:not([open]) > summary").Filter(new() { HasTextString = "Program" }).First;
        var label = (await folded.Locator(".tree-label").InnerTextAsync()).Trim();
        output.WriteLine($"folding “{label}”");
        var summary = page.Locator("ul.tree summary").Filter(new() { Has = page.Locator(".tree-label", new() { HasTextString = label }) }).First;
        var programme = summary.Locator("xpath=..");
        var inside = programme.Locator("xpath=./ul/li").First;
        Assert.False(await inside.IsVisibleAsync(), "A programme of the plan tree starts unfolded.");
        await summary.ClickAsync();
        Assert.True(await inside.IsVisibleAsync(), "Clicking a programme's summary did not unfold it (without JavaScript).");
        await summary.ClickAsync();
        Assert.False(await inside.IsVisibleAsync(), "Clicking a programme's summary again did not fold it.");

        var back = page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke atas" });
        Assert.Equal("#isi", await back.GetAttributeAsync("href"));
        Assert.Equal(1, await page.Locator("#isi").CountAsync());

        var chartTop = await page.Locator("figure.chart").First.EvaluateAsync<double>("f => f.getBoundingClientRect().top + window.scrollY");
        output.WriteLine($"The first chart starts {chartTop:0} px from the top at 1280 px (bound {FirstChartBound} px; it was 15,000 px).");
        Assert.True(chartTop < FirstChartBound, $"The RAK page's first chart starts {chartTop:0} px down, more than {FirstChartBound} px.");
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    /// <summary>The LKjIP page's budget realisation folds as a tree without JavaScript, as the RAK page's budget does: each
    /// programme a summary with its kegiatan nested under it, starting folded; the full table (its sources and downloads)
    /// stays beside it, folded.</summary>
    [Fact]
    public async Task The_lkjip_budget_tree_nests_kegiatan_under_their_programme_and_folds_without_javascript()
    {
        var site = await built.GetAsync(database);
        await using var visit = await BrowserVisit.OpenAsync(chromium.Browser, site, "/wilayah/63-01/dinsos/2022/lkjip/", 1280, 900, javaScript: false);
        var page = visit.Page;
        var tree = page.Locator("#bagian-anggaran ~ ul.tree").First;
        Assert.Equal("true", await page.Locator("#anggaran").GetAttributeAsync("data-tree"));

        var programmes = tree.Locator(":scope > li > details");
        Assert.True(await programmes.CountAsync() > 0, "The LKjIP budget has no programme folding in a tree.");
        var programme = programmes.Filter(new() { Has = page.Locator(":scope > summary .tree-label", new() { HasTextString = "PROGRAM REHABILITASI SOSIAL" }) }).First;
        Assert.StartsWith("Program:", (await programme.Locator(":scope > summary .tree-label").InnerTextAsync()).Trim());
        var kegiatan = programme.Locator(":scope > ul > li");
        var labels = (await kegiatan.Locator(":scope > .tree-label, :scope > details > summary .tree-label").AllTextContentsAsync()).Select(l => l.Trim()).ToList();
        output.WriteLine($"PROGRAM REHABILITASI SOSIAL: {string.Join(" | ", labels)}");
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.StartsWith("Kegiatan:", l));
        // Its figures are the table's: the programme's pagu as the table prints it.
        Assert.Contains("Pagu: Rp4.712.818.176", await programme.Locator(":scope > summary .tree-facts").InnerTextAsync());

        Assert.False(await kegiatan.First.IsVisibleAsync(), "A programme of the budget tree starts unfolded.");
        await programme.Locator(":scope > summary").ClickAsync();
        Assert.True(await kegiatan.First.IsVisibleAsync(), "Clicking a programme's summary did not unfold it (without JavaScript).");

        // The full table is still there, folded, with every row and its downloads.
        var rows = await page.Locator("#anggaran tbody tr").CountAsync();
        Assert.Equal(rows, await tree.Locator("li").CountAsync());
        Assert.Equal(1, await page.Locator("details.table-details #anggaran").CountAsync());
        Assert.Equal(1, await page.Locator("details.table-details a[href$='/anggaran.csv']").CountAsync());
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    /// <summary>On a wide screen a tall table (the RAK plan tree's table) scrolls inside its frame; scrolled to its middle
    /// row, its column headers stay at the top of the frame, in view and drawn over the rows (sticky thead).</summary>
    [Fact]
    public async Task A_tall_table_scrolled_to_its_middle_keeps_its_header_in_view_on_a_wide_screen()
    {
        await using var visit = await OpenAsync("rak", 1280, 800);
        var page = visit.Page;
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var json = await page.EvaluateAsync<string>("""
            async () => {
                const wrap = [...document.querySelectorAll('main .table-wrap.tall')].find(w => w.offsetHeight > 0);
                if (!wrap) return JSON.stringify({ problem: 'no tall table on the page' });
                const table = wrap.querySelector('table');
                const rows = table.tBodies[0].rows;
                const middle = rows[Math.floor(rows.length / 2)];
                middle.scrollIntoView({ block: 'center' });
                await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                // The header cells are what sticks (a thead's own box stays where the table puts it).
                const cell = table.tHead.rows[0].cells[Math.min(1, table.tHead.rows[0].cells.length - 1)].getBoundingClientRect();
                const head = cell;
                const frame = wrap.getBoundingClientRect();
                const atPoint = document.elementFromPoint(cell.left + cell.width / 2, cell.top + cell.height / 2);
                return JSON.stringify({
                    id: table.id, rows: rows.length, windowScroll: window.scrollY, frameScroll: wrap.scrollTop,
                    frameTop: frame.top, headTop: head.top, headBottom: head.bottom, viewport: innerHeight,
                    middleTop: middle.getBoundingClientRect().top,
                    headerOnTop: !!atPoint && !!atPoint.closest('thead'),
                });
            }
            """);
        output.WriteLine(json);
        using var measured = JsonDocument.Parse(json);
        var m = measured.RootElement;
        Assert.False(m.TryGetProperty("problem", out var problem), problem.ToString());
        var id = m.GetProperty("id").GetString();
        Assert.True(m.GetProperty("frameScroll").GetDouble() > 0 || m.GetProperty("windowScroll").GetDouble() > 0, $"#{id}: scrolling to its middle row scrolled nothing");
        var top = Math.Max(m.GetProperty("frameTop").GetDouble(), 0);
        var headTop = m.GetProperty("headTop").GetDouble();
        Assert.True(Math.Abs(headTop - top) <= 2,
            $"#{id}: scrolled to its middle row, its header is at {headTop:0} px, not at the top of the viewport or its frame ({top:0} px)");
        Assert.True(m.GetProperty("headBottom").GetDouble() <= m.GetProperty("viewport").GetDouble(), $"#{id}: its header is below the screen");
        Assert.True(m.GetProperty("middleTop").GetDouble() >= m.GetProperty("headBottom").GetDouble() - 1, $"#{id}: the middle row is hidden under the header");
        Assert.True(m.GetProperty("headerOnTop").GetBoolean(), $"#{id}: the rows are drawn over the sticky header");
    }

    /// <summary>The PPKS table sorts by a numeric column's figures (data-value, not the text) both ways, announcing the
    /// order with aria-sort; and axe-core still finds no serious or critical violation with the controls in place.</summary>
    [Fact]
    public async Task A_flat_table_sorts_by_its_figures_both_ways()
    {
        await using var visit = await OpenAsync("statistics", 1280, 900);
        var page = visit.Page;
        var header = page.Locator("#ppks-per-kategori thead th[data-kind='number']").First;
        var column = await header.EvaluateAsync<int>("th => th.cellIndex");
        var title = (await header.InnerTextAsync()).Trim();

        async Task<List<decimal?>> ColumnAsync() => (await page.Locator("#ppks-per-kategori tbody tr:not(.emphasis)").EvaluateAllAsync<string?[]>(
                "(rows, c) => rows.map(r => r.cells[c].getAttribute('data-value'))", column))
            .Select(v => v is null ? (decimal?)null : decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var before = await ColumnAsync();
        Assert.True(before.Count(v => v is not null) >= 5, $"#ppks-per-kategori has {before.Count} rows with figures in “{title}”.");

        await header.GetByRole(AriaRole.Button).ClickAsync();
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        var ascending = await ColumnAsync();
        var figures = ascending.TakeWhile(v => v is not null).Select(v => v!.Value).ToList();
        Assert.Equal(before.Count(v => v is not null), figures.Count);
        Assert.Equal(figures.Order(), figures);
        output.WriteLine($"“{title}” ascending: {string.Join(", ", figures.Take(8))} …");

        await header.GetByRole(AriaRole.Button).ClickAsync();
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        var descending = (await ColumnAsync()).TakeWhile(v => v is not null).Select(v => v!.Value).ToList();
        Assert.Equal(figures.OrderDescending(), descending);
        output.WriteLine($"“{title}” descending: {string.Join(", ", descending.Take(8))} …");

        var axe = await visit.RunAxeAsync(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
        var blocking = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} [{string.Join(" | ", v.Targets)}]").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }

    /// <summary>The filter box of the RAK plan tree table keeps the rows holding every typed word, with their ancestors
    /// (so each is read in its place) and descendants; the expected rows are worked out here from the table's text and
    /// depths.</summary>
    [Fact]
    public async Task The_plan_tree_filter_keeps_matching_rows_with_their_ancestors_and_descendants()
    {
        await using var visit = await OpenAsync("rak", 1280, 900);
        var page = visit.Page;
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var rows = await page.Locator("#pohon-kinerja tbody tr").EvaluateAllAsync<JsonElement>(
            "rows => rows.map(r => ({ text: r.textContent.toLowerCase(), depth: parseInt(r.getAttribute('data-depth'), 10) }))");
        var texts = rows.EnumerateArray().Select(r => r.GetProperty("text").GetString()!).ToList();
        var depths = rows.EnumerateArray().Select(r => r.GetProperty("depth").GetInt32()).ToList();
        const string word = "rehabilitasi";
        var expected = new bool[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            if (!texts[i].Contains(word, StringComparison.Ordinal)) continue;
            expected[i] = true;
            for (int j = i - 1, d = depths[i]; j >= 0 && d > 0; j--)
                if (depths[j] < d) { expected[j] = true; d = depths[j]; }
            for (var k = i + 1; k < texts.Count && depths[k] > depths[i]; k++) expected[k] = true;
        }
        var matches = texts.Count(t => t.Contains(word, StringComparison.Ordinal));
        Assert.True(matches > 0 && expected.Count(e => e) < texts.Count, $"“{word}” matches {matches} of {texts.Count} plan tree rows; the test needs a word that filters.");

        await page.Locator("#pohon-kinerja-saring").FillAsync(word);
        var shown = await page.Locator("#pohon-kinerja tbody tr").EvaluateAllAsync<bool[]>("rows => rows.map(r => !r.hidden && r.offsetHeight > 0)");
        output.WriteLine($"“{word}”: {matches} rows match, {shown.Count(s => s)} of {texts.Count} shown");
        Assert.Equal(expected, shown);
        Assert.Contains($"{expected.Count(e => e)} dari {texts.Count} baris", await page.Locator(".table-filter:has(#pohon-kinerja-saring) .table-filter-status").InnerTextAsync());

        await page.Locator("#pohon-kinerja-saring").FillAsync("");
        Assert.Equal(texts.Count, await page.Locator("#pohon-kinerja tbody tr:visible").CountAsync());
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
    }
}
