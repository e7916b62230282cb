using System.Net;
using System.Text.Json;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Hosting;

[Collection(DatabaseCollection.Name)]
public sealed class HealthEndpointTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Healthz_says_the_process_is_alive()
    {
        await using var api = new ApiFactory(fixture);
        var response = await api.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_says_the_database_is_reachable_migrated_and_seeded()
    {
        await using var api = new ApiFactory(fixture);
        var response = await api.CreateClient().GetAsync("/readyz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal("reachable", body.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("applied", body.GetProperty("checks").GetProperty("migrations").GetString());
        Assert.StartsWith("loaded", body.GetProperty("checks").GetProperty("seed").GetString());
    }
}
