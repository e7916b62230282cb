using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Site;

/// <summary>Builds of a site of its own (three copies of the fixture documents in three regions, on a scratch database):
/// a rebuild renders only the groups of pages whose inputs changed (a region's search page only when its entries did),
/// gives what a full build gives, and the output does not depend on the number of renderers.</summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class IncrementalBuildTests(DatabaseFixture database, Xunit.Abstractions.ITestOutputHelper testOutput) : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sakip-site-incremental-");
    private ScratchDatabase _db = null!;
    private ApiFactory _api = null!;

    // Region 91.01 has a second agency, which a change of a-rak leaves as it was: its search entries come from the
    // published build when 91.01's search page is rendered again.
    private static readonly SeedCopy[] Copies =
        [new(Rak, "a-rak", "91.01", "dinsos"), new(Rak, "b-rak", "91.03", "dinsos"), new(Lkjip, "c-lkjip", "91.02", "dinsos"), new(Lkjip, "d-lkjip", "91.01", "dinkes")];

    private string Seed => Path.Combine(_root.FullName, "seed");

    public async Task InitializeAsync()
    {
        _db = await ScratchDatabase.CreateAsync(database, "site_incr");
        Write(Seed, Copies);
        await _db.LoadAsync(Seed);
        // The API serves the fixtures as loaded here, never the repository's seed/.
        _api = new ApiFactory(_db.ConnectionString, new() { ["Database:LoadSeed"] = "false" });
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _db.DisposeAsync();
        _root.Delete(recursive: true);
    }

    [Fact]
    public async Task After_one_document_changes_a_rebuild_renders_its_agency_its_region_the_site_pages_and_its_region_s_search_page_only_when_its_entries_change_and_equals_a_full_build()
    {
        var output = Path.Combine(_root.FullName, "site", "out");
        var first = await BuildAsync(output);
        Assert.Equal(Rendered(first).Total, Rendered(first).Rendered);
        Assert.Contains("Rendering 3 of 3 regions' search pages (/cari/wilayah/91-01/, /cari/wilayah/91-02/, /cari/wilayah/91-03/)", first);

        var again = await BuildAsync(output);
        Assert.Equal((0, Rendered(first).Total), Rendered(again));
        // SiteIndex only: each region's agencies are those the published build kept, their content hash unchanged.
        Assert.Matches(@"from 1 API requests in [\d.]+ s: 0 written, \d+ unchanged, 0 deleted, nothing to publish", again);
        Assert.Contains("3 regions' agencies from the published build", again);

        // The same documents, but the printed agency ceiling of a-rak (table 1.3) is one rupiah more: a figure no search
        // entry shows, so no region's search page is rendered again.
        var ceiling = Path.Combine(_root.FullName, "ceiling", "seed");
        Write(ceiling, Copies);
        Replace(ceiling, "a-rak/T1.3.csv", "5.783.347.586", "5.783.347.587");
        await LoadChangedAsync(ceiling);
        var rebuild = await BuildAsync(output);
        // Only the changed region's index is asked for again.
        Assert.Contains("2 regions' agencies from the published build", rebuild);
        Assert.Equal((Expected(Sitemap(output), searched: false), Sitemap(output).Count), Rendered(rebuild));
        Assert.Contains("Rendering 0 of 3 regions' search pages; 3 show unchanged entries and are carried over", rebuild);
        Assert.Contains("5.783.347.587", await File.ReadAllTextAsync(Path.Combine(output, "wilayah/91-01/dinsos/2026/rak/index.html")));
        // Only the changed region's zip and the site-wide pages' are written anew; the other regions' are carried over.
        Assert.Contains($"Wrote 2 of 4 bulk downloads ({BulkDownload.ZipFile(null)}, {BulkDownload.ZipFile("91.01")}); 2 have unchanged pages and are carried over", rebuild);
        FolderState.AssertSameFiles(await FullBuildAsync("ceiling"), output);

        // Then its signatory's name, which the search lists (an official): that region's search page is rendered again, no other.
        var signatory = Path.Combine(_root.FullName, "signatory", "seed");
        Write(signatory, Copies);
        Replace(signatory, "a-rak/T1.3.csv", "5.783.347.586", "5.783.347.587");
        Replace(signatory, "a-rak/document.yaml", "name: HALIDAH, S.Pi", "name: HALIDAH, S.Pi., M.Si.");
        await LoadChangedAsync(signatory);
        var renamed = await BuildAsync(output);
        Assert.Equal((Expected(Sitemap(output), searched: true), Sitemap(output).Count), Rendered(renamed));
        Assert.Contains("Rendering 1 of 3 regions' search pages (/cari/wilayah/91-01/); 2 show unchanged entries and are carried over", renamed);
        Assert.Contains("HALIDAH, S.Pi., M.Si.", await File.ReadAllTextAsync(Path.Combine(output, "cari/wilayah/91-01/index.html")));
        FolderState.AssertSameFiles(await FullBuildAsync("signatory"), output);

        // A published search entries file changed by hand: the next rebuild that needs it stops, naming it, and the
        // published build stays as it was.
        var entries = Path.Combine(output, SearchEntryFiles.PathOf("91.01"));
        Assert.Contains("agency 91.01/dinkes", await File.ReadAllTextAsync(entries));
        File.Delete(entries); // a link to the file of the builds before: not written through
        await File.WriteAllTextAsync(entries, "{}");
        var published = new FileInfo(output).LinkTarget;
        await LoadChangedAsync(ceiling);
        var log = new StringWriter();
        Assert.NotEqual(0, await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", output], log, log, _api.Server.CreateHandler()));
        Assert.Contains($"{SearchEntryFiles.PathOf("91.01")} lacks the search entries of agency 91.01/dinkes that its manifest counts, or holds others: build again with --full", log.ToString());
        Assert.Equal(published, new FileInfo(output).LinkTarget);
    }

    /// <summary>The pages a rebuild after a change of a-rak renders: home, method, about, glossary, search, data, the
    /// document's page, region 91.01's pages and its agency's, and its search page when <paramref name="searched"/>.</summary>
    private static int Expected(List<string> sitemap, bool searched) =>
        sitemap.Count(p => p is "/" or "/metode/" or "/tentang/" or "/glosarium/" or "/cari/" or "/data/" or "/dokumen/a-rak/"
                           || (searched && p == "/cari/wilayah/91-01/")
                           || p == "/wilayah/91-01/" || p.StartsWith("/wilayah/91-01/statistik/", StringComparison.Ordinal)
                           || p.StartsWith("/wilayah/91-01/dinsos/", StringComparison.Ordinal));

    private async Task LoadChangedAsync(string seed)
    {
        var load = await _db.LoadAsync(seed);
        Assert.True(load.DocumentsLoaded is > 0 and < 3, $"The changed document's load reloaded {load.DocumentsLoaded} documents.");
        await Task.Delay(ReleaseVisible);
    }

    private async Task<string> FullBuildAsync(string name)
    {
        var full = Path.Combine(_root.FullName, name, "full", "out");
        Assert.DoesNotContain("from the published build", await BuildAsync(full, "--full"));
        return full;
    }

    [Fact]
    public async Task Output_is_the_same_with_one_renderer_as_with_several()
    {
        var serial = Path.Combine(_root.FullName, "serial", "out");
        var parallel = Path.Combine(_root.FullName, "parallel", "out");
        await BuildAsync(serial, "--jobs", "1");
        await BuildAsync(parallel, "--jobs", "4");
        FolderState.AssertSameFiles(serial, parallel);
    }

    /// <summary>The API reads the release at most once a second (ReleaseMonitor.CheckInterval).</summary>
    private static readonly TimeSpan ReleaseVisible = TimeSpan.FromSeconds(1.5);

    private async Task<string> BuildAsync(string output, params string[] extra)
    {
        var log = new StringWriter();
        var exit = await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", output, .. extra], log, log, _api.Server.CreateHandler());
        Assert.True(exit == 0, log.ToString());
        foreach (var line in log.ToString().Split('\n').Where(l => l.StartsWith("Rendered", StringComparison.Ordinal) || l.StartsWith("Rendering", StringComparison.Ordinal)))
            testOutput.WriteLine($"{Path.GetFileName(Path.GetDirectoryName(output))}: {line.TrimEnd()}");
        return log.ToString();
    }

    private static (int Rendered, int Total) Rendered(string log)
    {
        var match = RenderedLine().Match(log);
        Assert.True(match.Success, $"No 'Rendered N of M pages' line in:\n{log}");
        return (int.Parse(match.Groups[1].Value.Replace(",", "")), int.Parse(match.Groups[2].Value.Replace(",", "")));
    }

    private static List<string> Sitemap(string output)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return XDocument.Load(Path.Combine(output, "sitemap.xml")).Root!.Elements(ns + "url")
            .Select(u => new Uri((string)u.Element(ns + "loc")!).AbsolutePath).ToList();
    }

    [GeneratedRegex(@"Rendered ([\d,]+) of ([\d,]+) pages")]
    private static partial Regex RenderedLine();
}
