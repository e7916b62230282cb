using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Sakip.Api.Data;

namespace Sakip.Api.Seeding;

/// <summary>
/// PostgreSQL checks a foreign key with one query per inserted row, which is four fifths of a bulk copy's cost. Where the
/// loader may (a superuser sets session_replication_role), it copies with those per-row checks off and instead checks
/// every reference of the rows it wrote here, set-based, once per run: any dangling one aborts the run.
/// Deletes of some agencies run with the checks on, since the cascades are the same triggers; a delete of everything
/// runs with them off, table by table.
/// </summary>
internal static class ReferenceCheck
{
    /// <summary>Whether the role may turn the row checks off (only a superuser sets session_replication_role).</summary>
    public static Task<bool> MaySkipRowChecksAsync(SakipDbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<bool>("SELECT rolsuper AS \"Value\" FROM pg_roles WHERE rolname = current_user").SingleAsync(ct);

    public static async Task<bool> TrySkipRowChecksAsync(SakipDbContext db, ILogger logger, CancellationToken ct)
    {
        if (!await MaySkipRowChecksAsync(db, ct))
        {
            logger.LogInformation("The database role is not a superuser: foreign keys are checked row by row (slower bulk loads)");
            return false;
        }
        await db.Database.ExecuteSqlRawAsync("SET LOCAL session_replication_role = replica", ct);
        return true;
    }

    /// <summary>Checks the references of the rows of <paramref name="regions"/> with ids above <paramref name="start"/>, then restores the row checks.</summary>
    public static async Task VerifyAsync(SakipDbContext db, IReadOnlyCollection<int> regions, IReadOnlyDictionary<Type, long> start, CancellationToken ct)
    {
        var checks = new List<string>();
        var few = regions.Count <= 64;
        foreach (var type in BulkWriter.Order)
        {
            var entity = db.Model.FindEntityType(type)!;
            var table = entity.GetTableName()!;
            var hasRegion = entity.FindProperty(nameof(RegionScoped.RegionId)) is not null;
            var hasId = entity.FindProperty(nameof(RegionScoped.Id)) is not null;
            foreach (var key in entity.GetForeignKeys())
            {
                var filter = new List<string>();
                // A few regions: the (region_id, id) keys find the new rows; many: scanning the tables is cheaper.
                if (hasRegion && few)
                {
                    filter.Add("c.region_id = ANY(@regions)");
                }
                if (hasId && hasRegion && start.GetValueOrDefault(type) > 0)
                {
                    filter.Add($"c.id > {start.GetValueOrDefault(type)}");
                }
                filter.AddRange(key.Properties.Select(p => $"c.\"{p.GetColumnName()}\" IS NOT NULL"));
                var match = string.Join(" AND ", key.Properties.Select((p, i) => $"p.\"{key.PrincipalKey.Properties[i].GetColumnName()}\" = c.\"{p.GetColumnName()}\""));
                checks.Add($"SELECT '{table}({string.Join(", ", key.Properties.Select(p => p.GetColumnName()))}) -> {key.PrincipalEntityType.GetTableName()}' AS reference, "
                    + $"count(*) AS dangling FROM \"{table}\" c WHERE {string.Join(" AND ", filter)} "
                    + $"AND NOT EXISTS (SELECT 1 FROM \"{key.PrincipalEntityType.GetTableName()}\" p WHERE {match})");
            }
        }
        var sql = string.Join("\nUNION ALL\n", checks);
        if (few)
        {
            // The new rows of a few regions are few: each is looked up in its principal's key. Without that, statistics
            // that predate the load (autovacuum has not analysed it yet) lead the planner to sort or hash whole tables.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; SET LOCAL max_parallel_workers_per_gather = 0", ct);
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = db.Database.GetCommandTimeout() ?? 3600 };
        command.Parameters.AddWithValue("regions", regions.ToArray());
        var dangling = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetInt64(1) > 0)
                {
                    dangling.Add($"{reader.GetString(0)}: {reader.GetInt64(1)}");
                }
            }
        }
        if (dangling.Count > 0)
        {
            // A loader defect, not a seed error: nothing is committed.
            throw new InvalidOperationException("The load wrote rows whose references do not exist: " + string.Join("; ", dangling));
        }
        await db.Database.ExecuteSqlRawAsync("SET LOCAL session_replication_role = origin", ct);
        if (few)
        {
            await db.Database.ExecuteSqlRawAsync("RESET enable_hashjoin; RESET enable_mergejoin; RESET max_parallel_workers_per_gather", ct);
        }
    }
}
