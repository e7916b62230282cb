using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Api.Health;
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
        var server = $"127.0.0.1:{fixture.Server.Port}";
        Assert.Equal("primary", body.GetProperty("checks").GetProperty("hosts").GetProperty(server).GetString());
    }

    [Fact]
    public async Task Readyz_checks_the_database_once_for_many_probes_within_its_cache_interval()
    {
        await using var api = new ApiFactory(fixture, new() { ["Database:ReadinessCacheDuration"] = "00:01:00" });
        var client = api.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetAsync("/readyz")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, api.Services.GetRequiredService<DatabaseReadiness>().ChecksRun);
    }

    [Fact]
    public async Task Readyz_without_a_cache_interval_checks_on_every_probe()
    {
        await using var api = new ApiFactory(fixture, new() { ["Database:ReadinessCacheDuration"] = "00:00:00" });
        var client = api.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        }

        Assert.Equal(3, api.Services.GetRequiredService<DatabaseReadiness>().ChecksRun);
    }
}
