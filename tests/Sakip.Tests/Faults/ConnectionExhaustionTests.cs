using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Npgsql;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Faults;

/// <summary>Many concurrent clients against a server with few connections: requests queue for the pool.</summary>
[Collection(FaultsCollection.Name)]
public sealed class ConnectionExhaustionTests
{
    private const int Clients = 64;

    [Fact]
    public async Task Requests_beyond_the_pool_wait_for_a_connection_and_succeed_on_a_server_with_ten_connections()
    {
        await using var cluster = await TestCluster.StartNewAsync(maxConnections: 10);
        using var api = new FaultApi(cluster.ConnectionString(), new() { ["Database:MaxPoolSize"] = "4" });
        var client = api.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => api.PostAsync(client)));

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, $"{a.Status}: {a.Body}"));
        // Npgsql keeps the connections it opened for the burst: the server sees the pool's peak.
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = 'sakip'", connection);
        Assert.InRange((long)(await count.ExecuteScalarAsync())!, 1, 4);
        Assert.Empty(api.Logs.Errors);
    }

    [Fact]
    public async Task A_pool_larger_than_the_server_allows_answers_each_request_with_its_data_or_503_never_a_field_error()
    {
        await using var cluster = await TestCluster.StartNewAsync(maxConnections: 10);
        using var api = new FaultApi(cluster.ConnectionString(), new() { ["Database:MaxPoolSize"] = "100", ["Database:PoolTimeout"] = "00:00:02" });
        var client = api.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => api.PostAsync(client)));

        foreach (var (status, retryAfter, body) in answers)
        {
            if (status == HttpStatusCode.OK)
            {
                Assert.False(body.TryGetProperty("errors", out _), body.ToString());
            }
            else
            {
                Assert.True(status == HttpStatusCode.ServiceUnavailable, $"{status}: {body}");
                Assert.NotNull(retryAfter);
                Assert.Equal(DatabaseFaults.UnavailableMessage, body.GetProperty("errors")[0].GetProperty("message").GetString());
            }
        }
        Assert.Empty(api.Logs.Errors);
    }

    [Fact]
    public async Task A_request_the_server_refuses_for_want_of_connections_gets_503()
    {
        await using var cluster = await TestCluster.StartNewAsync(maxConnections: 10);
        using var api = new FaultApi(cluster.ConnectionString());
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(client)).Status);
        api.Services.GetRequiredService<DatabaseDataSources>().ClearPools();

        // Another client takes every connection the server has.
        var held = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                var connection = new NpgsqlConnection(cluster.ConnectionString("postgres") + ";Pooling=false");
                await connection.OpenAsync();
                held.Add(connection);
            }
            var (status, retryAfter, body) = await api.PostAsync(client);
            Assert.True(status == HttpStatusCode.ServiceUnavailable, $"{status}: {body}");
            Assert.NotNull(retryAfter);
        }
        finally
        {
            foreach (var connection in held)
            {
                await connection.DisposeAsync();
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(client)).Status);
        Assert.Contains(api.Logs.Entries, e => e.Message.StartsWith("Database unavailable: 53300", StringComparison.Ordinal));
        Assert.Empty(api.Logs.Errors);
    }

    [Fact]
    public async Task A_request_that_finds_no_free_connection_within_the_pool_timeout_gets_503()
    {
        await using var cluster = await TestCluster.StartNewAsync();
        using var api = new FaultApi(cluster.ConnectionString(), new() { ["Database:MaxPoolSize"] = "2", ["Database:PoolTimeout"] = "00:00:01" });
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(client)).Status);
        var reads = api.Services.GetRequiredService<DatabaseDataSources>().Reads;

        var started = DateTime.UtcNow;
        await using (var held1 = await reads.OpenConnectionAsync())
        await using (var held2 = await reads.OpenConnectionAsync())
        {
            var (status, retryAfter, body) = await api.PostAsync(client);
            Assert.True(status == HttpStatusCode.ServiceUnavailable, $"{status}: {body}");
            Assert.NotNull(retryAfter);
            Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(client)).Status);
        Assert.Contains(api.Logs.Entries, e => e.Message.StartsWith("Database unavailable: The connection pool has been exhausted", StringComparison.Ordinal));
        Assert.Empty(api.Logs.Errors);
    }
}
