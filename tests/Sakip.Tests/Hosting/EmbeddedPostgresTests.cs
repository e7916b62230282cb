using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Hosting;

/// <summary>The embedded cluster's life cycle, each test on a cluster of its own in a temporary folder.</summary>
public sealed class EmbeddedPostgresTests : IDisposable
{
    private readonly string _directory = Path.Combine(RepositoryPaths.Root, ".data", "test-clusters", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Initialises_starts_and_stops_a_private_cluster()
    {
        var server = await EmbeddedPostgres.StartAsync(_directory, null, NullLogger.Instance, CancellationToken.None);
        await server.EnsureDatabaseAsync("sakip_probe", CancellationToken.None);
        Assert.Equal(1, await ScalarAsync(server.ConnectionString("sakip_probe"), "SELECT 1"));
        await server.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => ScalarAsync(server.ConnectionString("sakip_probe"), "SELECT 1"));
    }

    [Fact]
    public async Task A_cluster_left_running_is_reused_not_a_startup_failure()
    {
        var first = await EmbeddedPostgres.StartAsync(_directory, null, NullLogger.Instance, CancellationToken.None);
        // The first process "dies" without stopping its cluster; the next start finds it running.
        var second = await EmbeddedPostgres.StartAsync(_directory, null, NullLogger.Instance, CancellationToken.None);
        Assert.Equal(first.Port, second.Port);
        Assert.Equal(1, await ScalarAsync(second.ConnectionString("postgres"), "SELECT 1"));
        await second.StopAsync();
    }

    [Fact]
    public async Task A_stopped_cluster_is_started_again_with_its_data()
    {
        var first = await EmbeddedPostgres.StartAsync(_directory, null, NullLogger.Instance, CancellationToken.None);
        await first.EnsureDatabaseAsync("kept", CancellationToken.None);
        await ScalarAsync(first.ConnectionString("kept"), "CREATE TABLE t AS SELECT 42 AS v; SELECT 1");
        await first.StopAsync();
        var second = await EmbeddedPostgres.StartAsync(_directory, null, NullLogger.Instance, CancellationToken.None);
        Assert.Equal(42, await ScalarAsync(second.ConnectionString("kept"), "SELECT v FROM t"));
        await second.StopAsync();
    }

    [Fact]
    public void A_second_process_does_not_take_over_a_cluster_whose_owner_lives()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "owner.pid"), "1"); // pid 1 is alive on every Linux machine
        Assert.False(ClusterOwnership.TryClaim(_directory));
        File.WriteAllText(Path.Combine(_directory, "owner.pid"), int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(ClusterOwnership.TryClaim(_directory));
    }

    private static async Task<int> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a cluster that failed to stop keeps files open; the folder is git-ignored
        }
    }
}
