using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sakip.Site.Api;
using Sakip.Site.Publishing;
using Sakip.Site.Rendering;
using Sakip.Site.Rendering.Downloads;

namespace Sakip.Site.Build;

/// <summary>Builds the site from the API into a new build folder and publishes it in one step (<see cref="OutputFolder"/>):
/// a failed request, render or write leaves the previous output exactly as it was. Groups of pages are loaded (a few
/// requests each) and rendered on several threads at once; a group whose inputs are those of the previous build
/// (<see cref="BuildManifest"/>) is carried over without a request. Every page's bytes depend only on its answers, so
/// the output is the same whatever the order or the number of threads.</summary>
public sealed class SiteBuilder(GraphQLClient api, SiteOptions options, TextWriter log, TimeProvider time)
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    readonly TextWriter _log = TextWriter.Synchronized(log);

    public async Task<OutputFolder.Result> BuildAsync(CancellationToken ct)
    {
        OutputFolder.EnsureOurs(options.Out);
        var publishedFolder = OutputFolder.PublishedFolder(options.Out);
        // The published build's manifest (tens of megabytes at national scale) is read while the API answers.
        var published = options.Full ? null : Task.Run(() =>
        {
            var read = System.Diagnostics.Stopwatch.StartNew();
            var manifest = BuildManifest.Read(publishedFolder, out var reason);
            Stage("reading the published build's manifest (beside the index)", read);
            return (Manifest: manifest, Reason: reason);
        }, ct);
        _log.WriteLine($"Reading the site index from {api.Endpoint}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var index = await SiteIndexData.ReadAsync(api, options.Jobs * 2, options.Full ? null : publishedFolder, ct);
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read the index in {clock.Elapsed.TotalSeconds:0.0} s: {index.Regions.Count} regions, {index.Agencies.Count()} agencies") +
                       (index.RegionsKept == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; {index.RegionsKept} regions' agencies from the published build, their content unchanged")));
        clock.Restart();
        var key = BuildInputs.Key(options);
        var headlines = new SiteHeadlines();
        var search = new SiteSearch(options.Full ? null : publishedFolder);
        var (groups, site, searches) = SitePlan.Plan(index, key, headlines, search);
        var pages = site.Pages.Concat(searches.Select(s => s.Page)).Concat(groups.SelectMany(g => g.Pages)).Select(p => p.Path).ToList();
        // The data page is in no group: it is rendered after every group, with the bulk download it describes.
        pages.Add(Paths.Data);
        Stage("planning the groups and hashing their inputs", clock);
        var previous = Previous(index, key, published is null ? null : await published);
        Stage("waiting for the published build's manifest", clock);
        var info = SiteInfo.From(options, index.Release?.Info);
        var progress = new BuildProgress(_log, pages.Count, () => api.Requests);
        var carried = new[] { site }.Concat(groups).Where(g => previous?.Groups.GetValueOrDefault(g.Key) is { } old && Unchanged(g, old)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        Stage("comparing the groups with the published build's", clock);

        using var renderers = new RendererPool(options.Jobs);
        var other = await OtherFilesAsync(pages, info, renderers, ct);
        foreach (var (path, bytes) in index.RegionFiles) other[path] = bytes;
        // The bulk downloads and the data page are written after the pages, from their files.
        var bundles = BulkDownload.Plan(groups.Append(site));
        var late = bundles.Select(b => b.Path).Append(BulkDownload.PageFile).ToList();
        Stage("the files beside the pages (404 page, assets, preview cards, sitemap)", clock);
        var allCarried = previous is not null && carried.Count == groups.Count + 1 && SearchesUnchanged(previous, groups, searches, key, search);
        var same = allCarried && Same(previous!, publishedFolder!, other, late, bundles, key, groups.Count + 1 + searches.Count);
        if (allCarried) Stage("comparing them with the published build's", clock);
        if (same)
        {
            // Nothing any page is made from changed: no build folder is even started.
            progress.AddCarried(pages.Count);
            return Summary(pages.Count, progress, new OutputFolder.Result(0, previous!.Files(OutputFolder.Marker).Count(), 0, publishedFolder!, false));
        }

        BuildManifest? recycled = null;
        // The recycled folder is the one whose manifest was read last (Begin takes the first it accepts).
        using var staging = OutputFolder.Begin(options.Out, time, _log, reusable: folder => (recycled = BuildManifest.Read(folder, out _)) is not null,
            files: previous?.FileCount ?? 0);
        var records = new ConcurrentDictionary<string, GroupRecord>(StringComparer.Ordinal);
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Building {pages.Count:N0} pages in {groups.Count + 1 + searches.Count:N0} groups with {options.Jobs} renderers") +
                       (previous is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; {carried.Count:N0} groups have the inputs of the published build (release {previous.Release ?? "unnamed"}) and are carried over")) +
                       (recycled is null ? "" : $"; updating the older build {staging.Folder}"));

        void CarryGroup(PageGroup group)
        {
            var old = previous!.Groups[group.Key];
            // The recycled older build may have the group's files already (it had the same inputs).
            if (recycled?.Groups.GetValueOrDefault(group.Key) is { } kept && kept.Inputs == old.Inputs && Unchanged(group, kept))
                foreach (var file in kept.Pages.Values.SelectMany(f => f)) staging.Keep(file, unchanged: true);
            else
                foreach (var file in old.Pages.Values.SelectMany(f => f)) staging.Carry(file);
            headlines.Set(group.Key, old.Headline);
            search.Carry(group.Key, old.SearchHash, old.SearchCount);
            records[group.Key] = old;
            progress.AddCarried(group.Pages.Count);
        }

        async ValueTask BuildGroup(PageGroup group, CancellationToken token)
        {
            if (carried.Contains(group.Key))
            {
                CarryGroup(group);
                return;
            }
            var answer = await group.Load(api, token);
            headlines.Set(group.Key, answer.Headline);
            var entries = Pages.Search.SearchEntries.From(answer.Pages);
            var hash = SiteSearch.Hash(entries);
            search.Set(group.Key, entries, hash);
            records[group.Key] = new GroupRecord(group.Inputs, await RenderAsync(group, answer, info, renderers, staging, progress, token), answer.Headline,
                hash, entries.Count);
        }

        // Requests wait on the API while renders use the processors: twice as many groups in flight as renderers.
        Stage("starting the build folder", clock);
        // The groups carried over are recorded on a thread of their own while the others are asked for and rendered:
        // carrying is synchronous file work (a link per file on the first rebuild, 9 s at 2,000 documents), and in the
        // loop's slots it held back the requests of the few groups that changed (a region's first request waited 3.3 s).
        // Both are awaited, so a failure leaves no thread writing into the build folder as it is removed.
        var carrying = Task.Run(() =>
        {
            foreach (var group in groups.Where(g => carried.Contains(g.Key))) { ct.ThrowIfCancellationRequested(); CarryGroup(group); }
        }, ct);
        var building = Parallel.ForEachAsync(groups.Where(g => !carried.Contains(g.Key)), new ParallelOptions { MaxDegreeOfParallelism = options.Jobs * 2, CancellationToken = ct }, BuildGroup);
        await Task.WhenAll(carrying, building);
        Stage("the groups (requests, renders, downloads; carrying over)", clock);
        var last = SearchGroups(searches, key, search, previous, carried);
        await Parallel.ForEachAsync(last.Prepend(site), new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = ct }, BuildGroup);
        Stage("the home and search pages", clock);

        var bulk = await BulkAsync(bundles, records, index, info, previous, recycled, staging, ct);
        var documents = index.Agencies.Sum(a => a.Agency.Documents.Count);
        var data = Pages.Data.DataModel.Create(info, bulk, index.Regions, documents, api.Release);
        staging.Write(BulkDownload.PageFile, Utf8.GetBytes(await renderers.RenderAsync(typeof(Pages.Data.DataPage), data, ct)));
        progress.AddRendered(1);
        Stage("the bulk downloads and the data page", clock);
        foreach (var (path, bytes) in other) staging.Write(path, bytes);
        staging.Write(BuildManifest.FileName, BuildManifest.Create(key, api.Release, records, other.Keys.Concat(late), bulk).ToBytes());
        Stage("writing the other files and the manifest", clock);
        var result = staging.Commit(_log, previous?.Files(OutputFolder.Marker), recycled?.Files(OutputFolder.Marker));
        Stage("publishing", clock);
        return Summary(pages.Count, progress, result);
    }

    /// <summary>Whether the regions' search pages show what they showed in the previous build, when every other group is
    /// carried over (and so gives the search the entries of its record): an unchanged rebuild returns before starting a
    /// build folder, so this is asked before any group is carried.</summary>
    static bool SearchesUnchanged(BuildManifest previous, List<PageGroup> groups, List<SearchPlan> searches, string key, SiteSearch search)
    {
        foreach (var group in groups)
            if (previous.Groups.GetValueOrDefault(group.Key) is { } old) search.Carry(group.Key, old.SearchHash, old.SearchCount);
        return searches.All(s => previous.Groups.GetValueOrDefault(s.Key) is { } old && Unchanged(s.Group(key, search), old));
    }

    /// <summary>The regions' search pages as groups, once every other group gave the search its entries: a page whose
    /// entries and region are those of the previous build is carried over (added to <paramref name="carried"/>).</summary>
    List<PageGroup> SearchGroups(List<SearchPlan> searches, string key, SiteSearch search, BuildManifest? previous, HashSet<string> carried)
    {
        var groups = searches.Select(s => s.Group(key, search)).ToList();
        var unchanged = groups.Where(g => previous?.Groups.GetValueOrDefault(g.Key) is { } old && Unchanged(g, old)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        carried.UnionWith(unchanged);
        var rendered = groups.Where(g => !unchanged.Contains(g.Key)).Select(g => g.Pages[0].Path).ToList();
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rendering {rendered.Count:N0} of {groups.Count:N0} regions' search pages") +
                       (rendered.Count is > 0 and <= 5 ? $" ({string.Join(", ", rendered)})" : "") +
                       (rendered.Count < groups.Count ? string.Create(CultureInfo.InvariantCulture, $"; {groups.Count - rendered.Count:N0} show unchanged entries and are carried over") : ""));
        return groups;
    }

    /// <summary>Writes the zips whose groups changed, on as many threads as renderers, and carries the others over from
    /// the published build (or keeps them in the recycled folder when it has them).</summary>
    async Task<List<BulkDownload.Summary>> BulkAsync(List<BulkDownload.Bundle> bundles, ConcurrentDictionary<string, GroupRecord> records, SiteIndexData index,
        SiteInfo info, BuildManifest? previous, BuildManifest? recycled, OutputFolder.Staging staging, CancellationToken ct)
    {
        var regions = index.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var summaries = new ConcurrentDictionary<string, BulkDownload.Summary>(StringComparer.Ordinal);
        var written = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(bundles, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = ct }, (bundle, _) =>
        {
            if (previous?.Bulk.GetValueOrDefault(bundle.Path) is { } old && old.Inputs == bundle.Inputs)
            {
                if (recycled?.Bulk.GetValueOrDefault(bundle.Path) is { } kept && kept.Inputs == bundle.Inputs) staging.Keep(bundle.Path, unchanged: true);
                else staging.Carry(bundle.Path);
                summaries[bundle.Path] = old;
                return ValueTask.CompletedTask;
            }
            var title = bundle.Region is { } code ? $"SAKIP Terbuka: semua tabel {regions[code].Name}" : "SAKIP Terbuka: tabel halaman tingkat nasional";
            summaries[bundle.Path] = BulkDownload.Write(staging, bundle, bundle.Groups.Select(g => records[g]), title, info);
            written.Add(bundle.Path);
            return ValueTask.CompletedTask;
        });
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {written.Count:N0} of {bundles.Count:N0} bulk downloads") +
                       (written.Count is > 0 and <= 5 ? $" ({string.Join(", ", written.Order(StringComparer.Ordinal))})" : "") +
                       (written.Count < bundles.Count ? string.Create(CultureInfo.InvariantCulture, $"; {bundles.Count - written.Count:N0} have unchanged pages and are carried over") : ""));
        return bundles.Select(b => summaries[b.Path]).ToList();
    }

    /// <summary>Logs how long a stage of the build took (one line per stage, to see where a build's time goes) and
    /// restarts the clock for the next.</summary>
    void Stage(string stage, System.Diagnostics.Stopwatch clock)
    {
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Stage: {stage}: {clock.Elapsed.TotalSeconds:0.00} s"));
        clock.Restart();
    }

    /// <summary>The files beside the pages: the 404 page, served for every missing address (not a page of the sitemap,
    /// so in no group), the style sheet, script, Chart.js copy, sitemap.xml and robots.txt. (The build adds each region's
    /// index answer, <see cref="RegionIndexFiles"/>.)</summary>
    static async Task<SortedDictionary<string, byte[]>> OtherFilesAsync(IReadOnlyList<string> pages, SiteInfo info, RendererPool renderers, CancellationToken ct)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [Pages.NotFound.NotFoundModel.File] = Utf8.GetBytes(await renderers.RenderAsync(typeof(Pages.NotFound.NotFoundPage), Pages.NotFound.NotFoundModel.Create(info), ct)),
        };
        foreach (var (path, bytes) in SiteFiles.Static(pages, info)) files[path] = bytes;
        return files;
    }

    /// <summary>Whether the published build is this one: every group carried over, and the same files beside the pages
    /// with the same bytes, and the same manifest. The files written after the pages (<paramref name="late"/>: the bulk
    /// downloads and the data page) are made from the groups' files and the release, which the manifest holds.</summary>
    /// <remarks>The published manifest is the one <paramref name="previous"/> was read from, written by a generator of
    /// the same key from the same groups: this build's would be the same when the key, release, groups, bulk downloads and
    /// files beside the pages are, so they are compared rather than the bytes of a new manifest (tens of megabytes to
    /// write and compare, a second of an unchanged rebuild at 2,000 documents).</remarks>
    bool Same(BuildManifest previous, string folder, SortedDictionary<string, byte[]> other, IReadOnlyList<string> late, List<BulkDownload.Bundle> bundles, string key, int groups)
    {
        var names = other.Keys.Concat(late).Order(StringComparer.Ordinal).ToList();
        if (previous.Key != key || previous.Release != api.Release || previous.Groups.Count != groups
            || !previous.OtherFiles.SequenceEqual(names, StringComparer.Ordinal)) return false;
        if (previous.Bulk.Count != bundles.Count || !bundles.All(b => previous.Bulk.GetValueOrDefault(b.Path)?.Inputs == b.Inputs)) return false;
        return other.All(f => SameBytes(Path.Combine(folder, f.Key), f.Value));
    }

    static bool SameBytes(string path, byte[] bytes)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists && file.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    OutputFolder.Result Summary(int pages, BuildProgress progress, OutputFolder.Result result)
    {
        var seconds = progress.Elapsed.TotalSeconds;
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rendered {progress.Rendered:N0} of {pages:N0} pages ({progress.Rendered / Math.Max(seconds, 0.001):N0} pages/s); " +
            $"{progress.Carried:N0} with unchanged inputs carried over from the previous build"));
        var published = result.Published ? $"published in {result.Folder}" : $"nothing to publish, {result.Folder} left as it was";
        var retried = api.Retries > 0 ? $"; {api.Retries} requests tried again after the API's execution limit or an unreachable database" : "";
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {pages} pages and {result.Written + result.Unchanged - pages} other files from {api.Requests} API requests in {seconds:0.0} s: " +
            $"{result.Written} written, {result.Unchanged} unchanged, {result.Deleted} deleted, {published}{retried}"));
        return result;
    }

    /// <summary>The previous build's manifest when this build can carry its groups over: same generator and options
    /// (the key), and not a release whose load reloaded every document (a new loader may store the same documents
    /// differently, which their content hashes would not show).</summary>
    BuildManifest? Previous(SiteIndexData index, string key, (BuildManifest? Manifest, string Reason)? published)
    {
        if (published is not { } read)
        {
            _log.WriteLine("Rendering every page (--full)");
            return null;
        }
        var (manifest, reason) = read;
        if (manifest is not null && manifest.Key != key)
        {
            manifest = null;
            reason = "the generator or its options changed since the previous build";
        }
        else if (manifest is not null && manifest.Release != api.Release && index.Release is { } release && release.DocumentsLoaded >= release.Documents)
        {
            manifest = null;
            reason = $"the last load reloaded every document (release {api.Release})";
        }
        if (manifest is null) _log.WriteLine($"Rendering every page: {reason}");
        return manifest;
    }

    /// <summary>Whether the group is as in a build's record: same inputs and same pages.</summary>
    static bool Unchanged(PageGroup group, GroupRecord old) =>
        old.Inputs == group.Inputs && old.Pages.Count == group.Pages.Count && group.Pages.All(p => old.Pages.ContainsKey(p.Path));

    async Task<SortedDictionary<string, List<string>>> RenderAsync(PageGroup group, GroupAnswer answer, SiteInfo info, RendererPool renderers,
        OutputFolder.Staging staging, BuildProgress progress, CancellationToken ct)
    {
        var planned = group.Pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var files = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var model in answer.Pages)
        {
            if (!planned.TryGetValue(model.Meta.Path, out var page) || files.ContainsKey(page.Path))
                throw new InvalidOperationException($"The group {group.Key} built the page {model.Meta.Path}, which it does not plan or built twice.");
            model.Site = info;
            var folder = page.Path.TrimStart('/');
            var written = new List<string> { folder + "index.html" };
            staging.Write(written[0], Utf8.GetBytes(await renderers.RenderAsync(page.Component, model, ct)));
            AddDownloads(staging, written, folder, model);
            foreach (var (name, bytes) in model.Files())
            {
                written.Add(folder + name);
                staging.Write(written[^1], bytes);
            }
            files[page.Path] = written;
            progress.AddRendered(1);
        }
        if (files.Count != planned.Count)
            throw new InvalidOperationException($"The group {group.Key} built {files.Count} of its {planned.Count} pages.");
        foreach (var (path, bytes) in answer.Files ?? [])
        {
            staging.Write(path, bytes);
            files[group.Pages[0].Path].Add(path);
        }
        return files;
    }

    /// <summary>Each table as CSV (<see cref="TableCsv"/>) and as a workbook (<see cref="TableWorkbook"/>), the page's
    /// datapackage.json describing the CSVs, and all of the page's tables in one data.json. Nothing in them names the
    /// release, so a page carried over to a later build keeps files equal to those a full build writes.</summary>
    static void AddDownloads(OutputFolder.Staging staging, List<string> written, string folder, PageModel model)
    {
        if (model.Tables.Count == 0) return;
        var source = new DownloadSource(model.Meta.Title, model.Site.Absolute(model.Meta.Path), null, OpenDataLicense.Default);
        foreach (var table in model.Tables)
        {
            written.Add(folder + table.Id + ".csv");
            staging.Write(written[^1], Utf8.GetBytes(table.ToCsv()));
            written.Add(folder + table.Id + ".xlsx");
            staging.Write(written[^1], TableWorkbook.Write(table, source));
        }
        written.Add(folder + DataPackage.FileName);
        staging.Write(written[^1], DataPackage.Write(DataPackage.PageName(model.Meta.Path), model.Meta.Title, model.Tables, source));

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("page", model.Site.Absolute(model.Meta.Path));
            json.WriteString("title", model.Meta.Title);
            json.WriteStartArray("tables");
            foreach (var table in model.Tables) table.WriteJson(json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        written.Add(folder + "data.json");
        staging.Write(written[^1], stream.ToArray());
    }
}
