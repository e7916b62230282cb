using System.Net;
using System.Text.RegularExpressions;
using Sakip.Api.GraphQL;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>The GraphiQL page's four files, served by the API from the npm copies the build puts next to it.</summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class GraphiQLAssetsTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private ApiFactory _api = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory(fixture);
        _client = _api.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public static TheoryData<string, string> Assets => new()
    {
        { "react.production.min.js", "text/javascript" },
        { "react-dom.production.min.js", "text/javascript" },
        { "graphiql.min.js", "text/javascript" },
        { "graphiql.min.css", "text/css" },
    };

    [Theory]
    [MemberData(nameof(Assets))]
    public async Task Each_file_is_served_with_its_media_type_and_a_long_cache_lifetime(string name, string mediaType)
    {
        var response = await _client.GetAsync(GraphiQLAssets.Url(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Public && cache.MaxAge >= TimeSpan.FromDays(365), $"Cache-Control: {cache}");
        var copy = await File.ReadAllBytesAsync(Path.Combine(GraphiQLAssets.Folder, name));
        Assert.Equal(copy, await response.Content.ReadAsByteArrayAsync());
        // The npm packages' licences travel with the copies.
        var package = name.StartsWith("graphiql", StringComparison.Ordinal) ? "graphiql" : name.Split('.')[0];
        Assert.Contains("MIT License", await File.ReadAllTextAsync(Path.Combine(GraphiQLAssets.Folder, package + ".LICENSE")));
    }

    [Fact]
    public async Task A_name_that_is_not_one_of_the_four_files_is_not_found()
    {
        foreach (var path in new[] { "/graphql/assets/react.LICENSE", "/graphql/assets/..%2Fappsettings.json", "/graphql/assets/graphiql.min.js.map" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task The_page_loads_each_file_from_the_api_and_nothing_from_another_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        var html = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();

        var addresses = SourceAttribute().Matches(html).Select(m => m.Groups[1].Value).Order().ToList();
        Assert.Equal(GraphiQLAssets.Names.Select(GraphiQLAssets.Url).Order(), addresses);
        Assert.DoesNotContain("unpkg", html, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("(?:src|href)=\"([^\"]*)\"")]
    private static partial Regex SourceAttribute();
}
