using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>Builds the site against the real API and database, and checks that the committed recordings the page
/// snapshots render from are exactly what the API answers today. With SAKIP_RECORD_SITE=1 it rewrites them.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class RecordedResponsesTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Committed_recordings_match_what_the_api_answers_the_site_build()
    {
        await using var api = new ApiFactory(fixture);
        var recorder = new RecordingHandler(api.Server.CreateHandler());
        var output = Directory.CreateTempSubdirectory("sakip-site-record-");
        try
        {
            var log = new StringWriter();
            var exit = await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", Path.Combine(output.FullName, "out")], log, log, recorder);
            Assert.True(exit == 0, log.ToString());
        }
        finally
        {
            output.Delete(recursive: true);
        }

        var folder = RecordedApi.Folder();
        if (Environment.GetEnvironmentVariable(RecordedApi.RecordVariable) == "1")
        {
            foreach (var old in Directory.EnumerateFiles(folder, "*.json")) File.Delete(old);
            foreach (var (name, body) in recorder.Recorded) await File.WriteAllTextAsync(Path.Combine(folder, name), body);
            return;
        }

        var committed = Directory.EnumerateFiles(folder, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var missing = recorder.Recorded.Keys.Except(committed.Keys).Order().ToList();
        var unused = committed.Keys.Except(recorder.Recorded.Keys).Order().ToList();
        var changed = recorder.Recorded.Where(r => committed.TryGetValue(r.Key, out var c) && c != r.Value).Select(r => r.Key).Order().ToList();
        Assert.True(missing.Count + unused.Count + changed.Count == 0,
            $"The recorded API responses in {folder} are out of date (re-record with {RecordedApi.RecordVariable}=1 and review the snapshot changes). " +
            $"Missing: {string.Join(", ", missing)}. Unused: {string.Join(", ", unused)}. Changed: {string.Join(", ", changed)}.");
    }
}
