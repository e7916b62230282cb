using System.Net;
using System.Text;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;
using Sakip.Tests.Site;

namespace Sakip.Tests.Deploy;

/// <summary>What the shipped deploy/nginx.conf serves, run in Debian's nginx over the suite's built site and the API.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class NginxServingTests(DatabaseFixture database, BuiltSiteFixture site, NginxFixture nginx) : IClassFixture<NginxFixture>
{
    /// <summary>The media type of every kind of file the generator writes; a new kind must be added here.</summary>
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "application/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "text/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".webmanifest"] = "application/manifest+json",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".zip"] = "application/zip",
    };

    private Task<NginxSite> ServedAsync() => nginx.GetAsync(database, site);

    private static string UrlPath(BuiltSite built, string file) =>
        "/" + string.Join('/', Path.GetRelativePath(built.Folder, file).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));

    private static void AssertSiteHeaders(HttpResponseMessage response)
    {
        foreach (var (name, value) in SecurityHeaders.ForSitePages)
        {
            Assert.True(response.Headers.TryGetValues(name, out var values), $"{response.RequestMessage!.RequestUri} ({(int)response.StatusCode}) has no {name}");
            Assert.Equal(value, values.Single());
        }
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        // server_tokens off: no version for an attacker to match.
        Assert.Equal("nginx", response.Headers.Server.ToString());
    }

    [Fact]
    public async Task Every_kind_of_file_of_the_site_is_served_with_its_media_type()
    {
        var served = await ServedAsync();
        using var http = served.CreateClient();
        var examples = Directory.EnumerateFiles(served.Site.Folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(served.Site.Folder, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
            .GroupBy(f => Path.GetExtension(f).ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First());
        Assert.Subset(examples.Keys.ToHashSet(), new HashSet<string>([".html", ".css", ".js", ".json", ".csv", ".xml"]));

        var wrong = new List<string>();
        foreach (var (extension, file) in examples.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var path = UrlPath(served.Site, file);
            var response = await http.GetAsync(path);
            var actual = response.Content.Headers.ContentType?.ToString();
            var expected = MediaTypes.GetValueOrDefault(extension, "(a media type listed in this test)");
            if (response.StatusCode != HttpStatusCode.OK || actual != expected)
                wrong.Add($"{path}: {(int)response.StatusCode} {actual}, expected {expected}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Pages_downloads_assets_and_errors_carry_the_sites_security_headers()
    {
        var served = await ServedAsync();
        using var http = served.CreateClient();
        var files = Directory.EnumerateFiles(served.Site.Folder, "*", SearchOption.AllDirectories).ToList();
        var paths = new List<string> { "/" };
        foreach (var extension in new[] { ".css", ".js", ".csv", ".json" })
            paths.Add(UrlPath(served.Site, files.First(f => f.EndsWith(extension, StringComparison.Ordinal))));

        foreach (var path in paths)
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertSiteHeaders(response);
        }
        // An error answer too (nginx skips add_header on errors unless told "always").
        var missing = await http.GetAsync("/tidak-ada.csv");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        AssertSiteHeaders(missing);
    }

    [Fact]
    public async Task The_generators_own_files_are_answered_404()
    {
        var served = await ServedAsync();
        using var http = served.CreateClient();
        var own = Directory.EnumerateFileSystemEntries(served.Site.Folder).Where(f => Path.GetFileName(f).StartsWith(".sakip", StringComparison.Ordinal)).ToList();
        Assert.Contains(Path.Combine(served.Site.Folder, ".sakip-build.json"), own);
        Assert.Contains(Path.Combine(served.Site.Folder, ".sakip-index"), own);
        var paths = own.SelectMany(f => Directory.Exists(f) ? Directory.EnumerateFiles(f).Take(1) : [f]).Select(f => UrlPath(served.Site, f)).ToList();
        foreach (var path in paths)
        {
            var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            AssertSiteHeaders(response);
        }
    }

    [Fact]
    public async Task A_missing_page_is_answered_404_with_the_generated_404_page_and_the_security_headers()
    {
        var served = await ServedAsync();
        using var http = served.CreateClient();
        var page = served.Site.FileFor("/404.html");
        Assert.True(File.Exists(page), "the generator wrote no 404.html at the root of the site");

        var response = await http.GetAsync("/tidak-ada/halaman/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(await File.ReadAllTextAsync(page), body);
        Assert.Contains("Halaman tidak ditemukan", body);
        AssertSiteHeaders(response);
    }

    [Fact]
    public async Task Graphql_is_passed_to_the_API_with_the_clients_address_in_X_Forwarded_For()
    {
        var served = await ServedAsync();
        using var http = served.CreateClient();

        var direct = await PostThroughNginxAsync(http, forwardedBy: null);
        Assert.Equal("127.0.0.1", direct);
        // A client behind another proxy: nginx appends the address it saw.
        var chained = await PostThroughNginxAsync(http, forwardedBy: "203.0.113.9");
        Assert.Equal("203.0.113.9, 127.0.0.1", chained);
    }

    private async Task<string> PostThroughNginxAsync(HttpClient http, string? forwardedBy)
    {
        var mark = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ regions { code } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ForwardedForRecorder.MarkHeader, mark);
        request.Headers.Add("Origin", "https://notebook.example.org");
        if (forwardedBy is not null) request.Headers.Add("X-Forwarded-For", forwardedBy);
        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("62.07", await response.Content.ReadAsStringAsync());
        // The API's own headers come through; the site's policy does not (GraphiQL's page has an inline script it forbids).
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.True(response.Headers.Contains("RateLimit-Limit"));
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.True(nginx.Recorder.ForwardedFor.TryGetValue(mark, out var forwardedFor), "the request did not reach the API");
        return forwardedFor;
    }

    [Fact]
    public async Task A_query_by_GET_GraphiQL_and_its_files_are_passed_to_the_API()
    {
        var served = await ServedAsync();
        using var http = served.CreateClient();

        var query = await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ regions { code } }"));
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Contains("63.01", await query.Content.ReadAsStringAsync());
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.ParseAdd("text/html");
        var graphiql = await http.SendAsync(browser);
        Assert.Equal(HttpStatusCode.OK, graphiql.StatusCode);
        Assert.Contains("graphiql", await graphiql.Content.ReadAsStringAsync());
        var asset = await http.GetAsync(Sakip.Api.GraphQL.GraphiQLAssets.Url("graphiql.min.css"));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/css", asset.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Nginx_caches_persisted_GETs_and_never_a_query_sent_as_text()
    {
        var served = await ServedAsync();
        using var http = served.CreateClient();
        var example = Sakip.Api.GraphQL.ExampleQueries.All.Single(e => e.Name == "3-ppks-coverage");
        var url = $"/graphql?id={Sakip.Api.GraphQL.Persisted.PersistedOperations.IdOf(example.Query)}&variables={Uri.EscapeDataString(example.Variables)}";

        var first = await http.GetAsync(url);
        var second = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("HIT", second.Headers.GetValues("X-Cache-Status").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);

        var text = "/graphql?query=" + Uri.EscapeDataString("{ regions { code } }");
        await http.GetAsync(text);
        var again = await http.GetAsync(text);
        Assert.NotEqual("HIT", again.Headers.TryGetValues("X-Cache-Status", out var status) ? status.Single() : "");
        Assert.True(again.Headers.CacheControl!.NoStore);
    }
}
