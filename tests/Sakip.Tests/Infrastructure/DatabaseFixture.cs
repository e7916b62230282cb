using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sakip.Api.Data;
using Sakip.Api.Hosting;
using Sakip.Api.Seeding;

namespace Sakip.Tests.Infrastructure;

/// <summary>
/// One fresh database per test run on the embedded PostgreSQL (its own cluster in .data/test-postgres, so a
/// running development API is not disturbed), migrated and loaded with the named test documents (<see cref="TestSeed"/>). Dropped at the end of the run.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    /// <summary>The run's cluster; <c>SAKIP_TEST_DATA_DIRECTORY</c> gives a test run started by a test a cluster of its own.</summary>
    private static readonly string DataDirectory = Environment.GetEnvironmentVariable("SAKIP_TEST_DATA_DIRECTORY") is { Length: > 0 } own
        ? own : Path.Combine(RepositoryPaths.Root, ".data", "test-postgres");
    private bool _ownsServer;

    public EmbeddedPostgres Server { get; private set; } = null!;
    public string DatabaseName { get; } = $"sakip_test_{DateTime.UtcNow:yyyyMMddHHmmss}_{Random.Shared.Next(1000, 9999)}";
    public string ConnectionString { get; private set; } = "";
    public SeedResult Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await EmbeddedPostgres.StartAsync(DataDirectory, null, NullLogger.Instance, CancellationToken.None);
        _ownsServer = ClusterOwnership.TryClaim(Server.DataDirectory);
        await Server.EnsureDatabaseAsync(DatabaseName, CancellationToken.None);
        ConnectionString = Server.ConnectionString(DatabaseName);
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        Seed = await LoadSeedAsync(db, TestSeed.Folder);
    }

    public SakipDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        options.UseSakipNpgsql(ConnectionString);
        return new SakipDbContext(options.Options);
    }

    /// <param name="root">The folder files are named relative to; by default the seed folder's parent ("seed/KEY/T1.3.csv").</param>
    public static Task<SeedResult> LoadSeedAsync(SakipDbContext db, string seedDirectory, string? root = null) =>
        new SeedLoader(db, NullLogger<SeedLoader>.Instance, TestClock.SeedLoaded).LoadAsync(seedDirectory, root ?? Path.GetDirectoryName(Path.GetFullPath(seedDirectory))!, CancellationToken.None);

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(Server.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (_ownsServer)
        {
            await Server.StopAsync();
            ClusterOwnership.Release(Server.DataDirectory);
        }
    }
}

/// <summary>The tests that use the run's database; the generated site is built from it once, on first use.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>, ICollectionFixture<Site.BuiltSiteFixture>
{
    public const string Name = "database";
}
