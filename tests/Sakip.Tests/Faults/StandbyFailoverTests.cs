using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Npgsql;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Faults;

/// <summary>
/// A primary and a streaming standby (pg_basebackup -R) on loopback ports, the API on both through a multi-host
/// connection string: reads go to the standby, survive losing either server, and the API starts without its standby.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class StandbyFailoverTests
{
    private static readonly Dictionary<string, string?> Seeded = new()
    {
        ["Database:LoadSeed"] = "true",
        ["Database:SeedDirectory"] = TestSeed.Folder,
        ["Database:ReadinessCacheDuration"] = "00:00:00",
    };

    [Fact]
    public async Task Reads_go_to_the_standby_and_keep_being_answered_after_the_primary_is_lost()
    {
        await using var primary = await TestCluster.StartNewAsync();
        await using var standby = await primary.StartStandbyAsync();
        using var api = new FaultApi(TestCluster.MultiHostConnectionString("sakip", primary, standby), Seeded);
        var client = api.CreateClient();
        var regions = await RegionCountOnceReplicatedAsync(api, client);

        var (port, inRecovery) = await ServerOfAReadAsync(api);
        Assert.Equal(standby.Port, port);
        Assert.True(inRecovery);
        var (readyStatus, ready) = await FaultApi.ReadyAsync(client);
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        var hosts = ready.GetProperty("checks").GetProperty("hosts");
        Assert.Equal("primary", hosts.GetProperty(primary.HostAndPort).GetString());
        Assert.Equal("standby", hosts.GetProperty(standby.HostAndPort).GetString());

        await primary.StopAsync("immediate");

        for (var i = 0; i < 5; i++)
        {
            var (status, _, body) = await api.PostAsync(client);
            Assert.True(status == HttpStatusCode.OK, $"{status}: {body}");
            Assert.Equal(regions, body.GetProperty("data").GetProperty("regions").GetArrayLength());
        }
        (readyStatus, ready) = await FaultApi.ReadyAsync(client);
        Assert.True(readyStatus == HttpStatusCode.OK, ready.ToString());
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal("unreachable", ready.GetProperty("checks").GetProperty("hosts").GetProperty(primary.HostAndPort).GetString());

        // With both gone, a client is told to come back, not given a field error.
        await standby.StopAsync("immediate");
        var (lastStatus, retryAfter, lastBody) = await api.PostAsync(client);
        Assert.True(lastStatus == HttpStatusCode.ServiceUnavailable, $"{lastStatus}: {lastBody}");
        Assert.NotNull(retryAfter);
        Assert.Empty(api.Logs.Errors);
    }

    [Fact]
    public async Task Reads_fall_back_to_the_primary_when_the_standby_is_lost()
    {
        await using var primary = await TestCluster.StartNewAsync();
        await using var standby = await primary.StartStandbyAsync();
        using var api = new FaultApi(TestCluster.MultiHostConnectionString("sakip", primary, standby), Seeded);
        var client = api.CreateClient();
        var regions = await RegionCountOnceReplicatedAsync(api, client);

        await standby.StopAsync("immediate");

        var (status, _, body) = await api.PostAsync(client);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body}");
        Assert.Equal(regions, body.GetProperty("data").GetProperty("regions").GetArrayLength());
        Assert.Equal(primary.Port, (await ServerOfAReadAsync(api)).Port);
        Assert.Empty(api.Logs.Errors);
    }

    [Fact]
    public async Task The_API_migrates_and_loads_the_seed_on_the_primary_while_its_standby_is_down()
    {
        await using var primary = await TestCluster.StartNewAsync();
        await using var standby = await primary.StartStandbyAsync();
        await standby.StopAsync();

        using var api = new FaultApi(TestCluster.MultiHostConnectionString("sakip", primary, standby), Seeded);
        var client = api.CreateClient();

        var (status, _, body) = await api.PostAsync(client);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body}");
        Assert.NotEqual(0, body.GetProperty("data").GetProperty("regions").GetArrayLength());
        var (readyStatus, ready) = await FaultApi.ReadyAsync(client);
        Assert.True(readyStatus == HttpStatusCode.OK, ready.ToString());
        Assert.StartsWith("loaded", ready.GetProperty("checks").GetProperty("seed").GetString());
        Assert.Equal("primary", ready.GetProperty("checks").GetProperty("hosts").GetProperty(primary.HostAndPort).GetString());
        Assert.Equal("unreachable", ready.GetProperty("checks").GetProperty("hosts").GetProperty(standby.HostAndPort).GetString());
    }

    /// <summary>The seeded regions as the API reads them, once the standby has replayed the seed load.</summary>
    private static async Task<int> RegionCountOnceReplicatedAsync(FaultApi api, HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (status, _, body) = await api.PostAsync(client);
            Assert.True(status == HttpStatusCode.OK, $"{status}: {body}");
            var count = body.GetProperty("data").GetProperty("regions").GetArrayLength();
            if (count > 0 || attempt == 50)
            {
                Assert.NotEqual(0, count);
                return count;
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Which server a read of the API's own data source lands on, and whether that server is a standby.</summary>
    private static async Task<(int Port, bool InRecovery)> ServerOfAReadAsync(FaultApi api)
    {
        await using var connection = await api.Services.GetRequiredService<DatabaseDataSources>().Reads.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT inet_server_port(), pg_is_in_recovery()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetBoolean(1));
    }
}
