using System.Net;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Faults;

/// <summary>The API on a PostgreSQL that stops and restarts under it.</summary>
[Collection(FaultsCollection.Name)]
public sealed class DatabaseOutageTests
{
    private static readonly Dictionary<string, string?> NoReadinessCache = new() { ["Database:ReadinessCacheDuration"] = "00:00:00" };

    [Fact]
    public async Task A_stopped_database_gets_503_with_Retry_After_and_one_log_line_when_it_goes_and_one_when_it_returns()
    {
        await using var cluster = await TestCluster.StartNewAsync();
        using var api = new FaultApi(cluster.ConnectionString(), NoReadinessCache);
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(client)).Status);

        await cluster.StopAsync();
        for (var i = 0; i < 20; i++)
        {
            var (status, retryAfter, body) = await api.PostAsync(client);
            Assert.True(status == HttpStatusCode.ServiceUnavailable, $"{status}: {body}");
            Assert.Equal(DatabaseFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), retryAfter);
            Assert.False(body.TryGetProperty("data", out _), body.ToString());
            Assert.Equal(DatabaseFaults.UnavailableMessage, body.GetProperty("errors")[0].GetProperty("message").GetString());
            Assert.Equal(Sakip.Api.GraphQL.ErrorCodes.DatabaseUnavailable, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
        var (readyStatus, ready) = await FaultApi.ReadyAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("unreachable", ready.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("unreachable", ready.GetProperty("checks").GetProperty("hosts").GetProperty(cluster.HostAndPort).GetString());
        Assert.Equal(1, api.Logs.Count("Database unavailable: "));
        Assert.Empty(api.Logs.Errors);

        await cluster.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(client)).Status);
        Assert.Equal("reachable", (await FaultApi.ReadyAsync(client)).Body.GetProperty("checks").GetProperty("database").GetString());
        await Task.Delay(DatabaseAvailability.Settle + TimeSpan.FromMilliseconds(200));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(client)).Status);
        Assert.Equal(1, api.Logs.Count("Database available again after "));
        Assert.Equal(1, api.Logs.Count("Database unavailable: "));
        Assert.Empty(api.Logs.Errors);
    }

    [Fact]
    public async Task The_first_query_and_the_first_readiness_probe_after_a_restart_succeed()
    {
        await using var cluster = await TestCluster.StartNewAsync();
        using var api = new FaultApi(cluster.ConnectionString(), NoReadinessCache);
        var client = api.CreateClient();
        // Fill the pools with idle connections, which the restart leaves dead.
        var warm = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PostAsync(client)));
        Assert.All(warm, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal("reachable", (await FaultApi.ReadyAsync(client)).Body.GetProperty("checks").GetProperty("database").GetString());

        await cluster.RestartAsync();

        // The seed is not loaded here (it takes long), so /readyz says "not ready"; what matters is what it found.
        var (_, ready) = await FaultApi.ReadyAsync(client);
        Assert.True(ready.GetProperty("checks").GetProperty("database").GetString() == "reachable", ready.ToString());
        Assert.Equal("primary", ready.GetProperty("checks").GetProperty("hosts").GetProperty(cluster.HostAndPort).GetString());
        var first = await api.PostAsync(client);
        Assert.True(first.Status == HttpStatusCode.OK, $"{first.Status}: {first.Body}");
        var after = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PostAsync(client)));
        Assert.All(after, a => Assert.True(a.Status == HttpStatusCode.OK, $"{a.Status}: {a.Body}"));
        Assert.Empty(api.Logs.Errors);
    }
}
