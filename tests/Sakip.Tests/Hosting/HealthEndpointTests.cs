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

/// <summary>
/// A data officer's broken seed makes a starting API unready; once the fixed seed is loaded (by the seed command, into the
/// running API's database) /readyz recovers and the API serves the new release, without a restart.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SeedRecoveryTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-recovery-").FullName;

    [Fact]
    public async Task Readyz_recovers_when_the_fixed_seed_is_loaded_and_the_new_release_is_served()
    {
        var seed = TestSeed.CopyTo(Path.Combine(_root, "seed"), TestSeed.Rak);
        var yaml = Path.Combine(seed, TestSeed.Rak, "document.yaml");
        var good = await File.ReadAllTextAsync(yaml);
        await File.WriteAllTextAsync(yaml, good.Replace("kind: RAK", "kind: RAKK"));
        await using var scratch = await ScratchDatabase.CreateAsync(fixture, "recovery");
        await using var api = new ApiFactory(scratch.ConnectionString, new()
        {
            ["Database:SeedDirectory"] = seed,
            ["Database:ReadinessCacheDuration"] = "00:00:00",
        });
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);

        await File.WriteAllTextAsync(yaml, good);
        await using (var db = scratch.CreateContext())
        {
            Assert.Equal(Sakip.Api.Seeding.SeedOutcome.Loaded, (await DatabaseFixture.LoadSeedAsync(db, seed)).Outcome);
        }

        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var release = await WaitForReleaseDocumentsAsync(api.CreateGraphQLClient());
        Assert.Equal(1, release);
    }

    /// <summary>The API reads the release at most once a second: the documents of the release it serves, once it serves one (6 s at most).</summary>
    private static async Task<int> WaitForReleaseDocumentsAsync(GraphQLClient client)
    {
        for (var i = 0; i < 30; i++)
        {
            if ((await client.QueryAsync("{ release { documents } }")).GetProperty("release") is { ValueKind: JsonValueKind.Object } release)
            {
                return release.GetProperty("documents").GetInt32();
            }
            await Task.Delay(200);
        }
        return 0;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
