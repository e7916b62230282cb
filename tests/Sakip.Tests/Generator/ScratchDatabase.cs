using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sakip.Api.Data;
using Sakip.Api.Hosting;
using Sakip.Api.Reconciliation;
using Sakip.Api.Seeding;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Generator;

/// <summary>A finding on its stable fields: the check, the document, and the table, source line and row label of the stated figure.</summary>
public sealed record StableFinding(FindingKind Kind, string Document, string Table, string Line, string? Row, string Stated);

/// <summary>A fresh database on the run's test cluster, migrated and loaded from one seed folder; dropped on dispose.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private EmbeddedPostgres _server = null!;
    private string _name = "";

    public string ConnectionString { get; private set; } = "";
    public SeedResult Seed { get; private set; } = null!;

    public static async Task<ScratchDatabase> LoadAsync(EmbeddedPostgres server, string seedDirectory)
    {
        var scratch = new ScratchDatabase { _server = server };
        scratch._name = $"sakip_gen_{DateTime.UtcNow:yyyyMMddHHmmss}_{Random.Shared.Next(100000, 999999)}";
        await scratch._server.EnsureDatabaseAsync(scratch._name, CancellationToken.None);
        scratch.ConnectionString = scratch._server.ConnectionString(scratch._name);
        await using var db = scratch.CreateContext();
        await db.Database.MigrateAsync();
        scratch.Seed = await DatabaseFixture.LoadSeedAsync(db, seedDirectory);
        return scratch;
    }

    public SakipDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        options.UseSakipNpgsql(ConnectionString);
        return new SakipDbContext(options.Options);
    }

    public Task<List<StableFinding>> FindingsAsync() => FindingsAsync(CreateContext());

    public static async Task<List<StableFinding>> FindingsAsync(SakipDbContext context)
    {
        await using var db = context;
        var rows = await (from f in db.Findings.AsNoTracking()
                          join d in db.Documents.AsNoTracking() on f.DocumentId equals d.Id
                          join r in db.SourceRows.AsNoTracking() on f.StatedSourceRowId equals r.Id
                          join t in db.SourceTables.AsNoTracking() on r.SourceTableId equals t.Id
                          select new { f.Kind, Document = d.Key, Table = t.Key, r.LineFrom, r.LineTo, r.Label, f.StatedText })
            .ToListAsync();
        return rows.Select(x => new StableFinding(x.Kind, x.Document, x.Table, x.LineFrom == x.LineTo ? $"{x.LineFrom}" : $"{x.LineFrom}-{x.LineTo}", x.Label, x.StatedText))
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(_server.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
