using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sakip.Site.Api;
using Sakip.Site.Publishing;
using Sakip.Site.Rendering;

namespace Sakip.Site.Build;

/// <summary>Builds the whole site in memory from the API, then publishes it in one step (<see cref="OutputFolder"/>): a
/// failed request, render or write leaves the previous output exactly as it was.</summary>
public sealed class SiteBuilder(GraphQLClient api, SiteOptions options, TextWriter log, TimeProvider time)
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    public async Task<OutputFolder.Result> BuildAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        OutputFolder.EnsureOurs(options.Out);
        log.WriteLine($"Reading the site index from {api.Endpoint}");
        var index = await api.QueryAsync<SiteIndexData>("SiteIndex", NoVariables, ct);
        var jobs = SitePlan.Jobs(index);
        var site = new SiteInfo(options.BaseUrl);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        await using var renderer = new PageRenderer();
        var width = jobs.Count.ToString().Length;
        for (var i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            log.WriteLine($"[{(i + 1).ToString().PadLeft(width)}/{jobs.Count}] {job.Path}");
            var model = await job.Load(api, ct);
            if (model.Meta.Path != job.Path)
                throw new InvalidOperationException($"{job.Component.Name} rendered {model.Meta.Path} for the page {job.Path}.");
            model.Site = site;
            var folder = job.Path.TrimStart('/');
            files[folder + "index.html"] = Utf8.GetBytes(await renderer.RenderAsync(job.Component, model));
            AddDownloads(files, folder, model);
        }

        // Served for every missing address, at any depth: not a page of the sitemap, so not a job.
        files[Pages.NotFound.NotFoundModel.File] = Utf8.GetBytes(await renderer.RenderAsync(typeof(Pages.NotFound.NotFoundPage), Pages.NotFound.NotFoundModel.Create(site)));

        foreach (var (path, bytes) in SiteFiles.Static(index, jobs, site))
            files[path] = bytes;

        var result = OutputFolder.Publish(options.Out, files, time, log);
        log.WriteLine($"Built {jobs.Count} pages and {files.Count - jobs.Count} other files from {api.Requests} API requests in {clock.Elapsed.TotalSeconds:0.0} s: " +
                      $"{result.Written} written, {result.Unchanged} unchanged, {result.Deleted} deleted, " +
                      (result.Published ? $"published in {result.Folder}" : $"nothing to publish, {result.Folder} left as it was"));
        return result;
    }

    /// <summary>Each table as CSV (UTF-8 with a byte order mark, so spreadsheet programs read the Indonesian text) and
    /// all of a page's tables in one data.json.</summary>
    static void AddDownloads(Dictionary<string, byte[]> files, string folder, PageModel model)
    {
        if (model.Tables.Count == 0) return;
        foreach (var table in model.Tables)
            files[folder + table.Id + ".csv"] = [.. Encoding.UTF8.GetPreamble(), .. Utf8.GetBytes(table.ToCsv())];

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
        files[folder + "data.json"] = stream.ToArray();
    }
}
