using System.Net;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Hosting;

/// <summary>The API serves the generated site from Site:Root at / while /graphql stays the API.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class StaticSiteTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private const string NotFoundHtml = "<!doctype html><html lang=\"id\"><title>Halaman tidak ditemukan</title><p>Halaman tidak ditemukan</p></html>";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sakip-site-root-");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "metode"));
        await File.WriteAllTextAsync(Path.Combine(_root.FullName, "index.html"), "<p>beranda</p>");
        await File.WriteAllTextAsync(Path.Combine(_root.FullName, "metode", "index.html"), "<p>metode</p>");
        await File.WriteAllTextAsync(Path.Combine(_root.FullName, "style.css"), "p { margin: 0 }");
    }

    public Task DisposeAsync()
    {
        _root.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private Task WriteNotFoundPageAsync() => File.WriteAllTextAsync(Path.Combine(_root.FullName, "404.html"), NotFoundHtml);

    private static void AssertSiteHeaders(HttpResponseMessage response)
    {
        foreach (var (name, value) in SecurityHeaders.ForSitePages)
        {
            Assert.True(response.Headers.TryGetValues(name, out var values), $"{response.RequestMessage!.RequestUri} has no {name}");
            Assert.Equal(value, values.Single());
        }
    }

    [Fact]
    public async Task Site_root_is_served_at_slash_next_to_the_graphql_endpoint()
    {
        await using var api = new ApiFactory(fixture, new() { ["Site:Root"] = _root.FullName });
        var http = api.CreateClient();

        Assert.Equal("<p>beranda</p>", await http.GetStringAsync("/"));
        Assert.Equal("<p>metode</p>", await http.GetStringAsync("/metode/"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/tidak-ada/")).StatusCode);
        var graphql = await api.CreateGraphQLClient().QueryAsync("{ regions { code } }");
        Assert.Contains("62.07", graphql.GetRawText());
    }

    [Fact]
    public async Task A_site_link_to_a_deleted_build_folder_serves_nothing_until_a_build_is_there_again()
    {
        var link = Path.Combine(_root.FullName, "out");
        var build = Path.Combine(_root.FullName, "out.20261205T000000000Z");
        File.CreateSymbolicLink(link, Path.GetFileName(build));
        await using var api = new ApiFactory(fixture, new() { ["Site:Root"] = link });
        var http = api.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/")).StatusCode);
        Assert.Contains("62.07", (await api.CreateGraphQLClient().QueryAsync("{ regions { code } }")).GetRawText());
        Assert.False(Directory.Exists(build));

        Directory.CreateDirectory(build);
        await File.WriteAllTextAsync(Path.Combine(build, "index.html"), "<p>terbit</p>");
        Assert.Equal("<p>terbit</p>", await http.GetStringAsync("/"));
    }

    [Fact]
    public async Task Site_files_are_served_with_the_security_headers_and_no_Server_header()
    {
        await using var api = KestrelApi.Start(fixture, new() { ["Site:Root"] = _root.FullName });
        using var http = api.CreateClient();

        foreach (var path in new[] { "/", "/metode/", "/style.css" })
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertSiteHeaders(response);
            Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
            Assert.False(response.Headers.Contains("Server"), $"{path} names its server: {response.Headers.Server}");
        }
    }

    [Fact]
    public async Task The_API_names_no_server_and_keeps_its_own_headers()
    {
        await using var api = KestrelApi.Start(fixture, new() { ["Site:Root"] = _root.FullName });
        using var http = api.CreateClient();

        var health = await http.GetAsync("/healthz");
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.ParseAdd("text/html");
        var graphiql = await http.SendAsync(browser);
        var asset = await http.GetAsync(Sakip.Api.GraphQL.GraphiQLAssets.Url("graphiql.min.js"));
        // The site's no-cache is for its pages; GraphiQL's files keep their year-long lifetime.
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl!.MaxAge);

        foreach (var response in new[] { health, graphiql, asset })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Server"), $"{response.RequestMessage!.RequestUri} names its server: {response.Headers.Server}");
            // GraphiQL's page has an inline script, which the site's policy forbids.
            Assert.False(response.Headers.Contains("Content-Security-Policy"), $"{response.RequestMessage!.RequestUri} got the site's policy");
        }
    }

    [Fact]
    public async Task A_missing_page_is_answered_404_with_the_sites_own_404_page_and_the_security_headers()
    {
        await WriteNotFoundPageAsync();
        await using var api = new ApiFactory(fixture, new() { ["Site:Root"] = _root.FullName });
        var http = api.CreateClient();

        // The generator's own files are not the site's: a build's manifest and its kept answers are answered 404 too.
        Directory.CreateDirectory(Path.Combine(_root.FullName, ".sakip-index"));
        await File.WriteAllTextAsync(Path.Combine(_root.FullName, ".sakip-index", "62.07-0.json"), "{}");
        await File.WriteAllTextAsync(Path.Combine(_root.FullName, ".sakip-build.json"), "{}");
        foreach (var path in new[] { "/tidak-ada/", "/indikator/x/data.json", "/graphql/lain", "/healthz/lain", "/.sakip-index/62.07-0.json", "/.sakip-build.json", "/.sakip-index/" })
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(NotFoundHtml, await response.Content.ReadAsStringAsync());
            AssertSiteHeaders(response);
        }

        using var head = new HttpRequestMessage(HttpMethod.Head, "/tidak-ada/");
        var headResponse = await http.SendAsync(head);
        Assert.Equal(HttpStatusCode.NotFound, headResponse.StatusCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(NotFoundHtml), headResponse.Content.Headers.ContentLength);
        Assert.Empty(await headResponse.Content.ReadAsByteArrayAsync());
        AssertSiteHeaders(headResponse);
    }

    [Fact]
    public async Task The_404_page_leaves_the_API_endpoints_alone()
    {
        await WriteNotFoundPageAsync();
        await using var api = new ApiFactory(fixture, new() { ["Site:Root"] = _root.FullName });
        var http = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
        Assert.Contains("62.07", (await api.CreateGraphQLClient().QueryAsync("{ regions { code } }")).GetRawText());
        var put = await http.PutAsync("/graphql", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        // Only GET and HEAD are pages: another method on a missing path gets no page.
        var post = await http.PostAsync("/tidak-ada/", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty(await post.Content.ReadAsStringAsync());
    }
}
