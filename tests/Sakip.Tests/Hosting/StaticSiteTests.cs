using System.Net;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Hosting;

/// <summary>The API serves the generated site from Site:Root at / while /graphql stays the API.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class StaticSiteTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Site_root_is_served_at_slash_next_to_the_graphql_endpoint()
    {
        var root = Directory.CreateTempSubdirectory("sakip-site-root-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "metode"));
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "index.html"), "<p>beranda</p>");
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "metode", "index.html"), "<p>metode</p>");
            await using var api = new ApiFactory(fixture, new() { ["Site:Root"] = root.FullName });
            var http = api.CreateClient();

            Assert.Equal("<p>beranda</p>", await http.GetStringAsync("/"));
            Assert.Equal("<p>metode</p>", await http.GetStringAsync("/metode/"));
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/tidak-ada/")).StatusCode);
            var graphql = await api.CreateGraphQLClient().QueryAsync("{ regions { code } }");
            Assert.Contains("62.07", graphql.GetRawText());
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
