using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Sakip.Api.Data;
using Sakip.Api.Hosting;
using Sakip.Api.Seeding;

namespace Sakip.Tests.Infrastructure;

/// <summary>An empty, migrated database of its own on the run's embedded PostgreSQL, dropped on dispose.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly EmbeddedPostgres _server;

    private ScratchDatabase(EmbeddedPostgres server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = server.ConnectionString(name);
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync(DatabaseFixture fixture, string purpose)
    {
        var name = $"sakip_{purpose}_{Guid.NewGuid():N}"[..40];
        await fixture.Server.EnsureDatabaseAsync(name, CancellationToken.None);
        var database = new ScratchDatabase(fixture.Server, name);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public SakipDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        options.UseSakipNpgsql(ConnectionString);
        return new SakipDbContext(options.Options);
    }

    public async Task<SeedResult> LoadAsync(string seedDirectory, bool force = false)
    {
        await using var db = CreateContext();
        return await new SeedLoader(db, NullLogger<SeedLoader>.Instance, TestClock.SeedLoaded)
            .LoadAsync(seedDirectory, Path.GetDirectoryName(seedDirectory)!, force, CancellationToken.None);
    }

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
