using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sakip.Api.Data;

/// <summary>
/// Replaces some regions' rows of a read model: part of a load, in its transaction. The rows are deleted, then
/// computed and written a batch of regions at a time, so a national reload holds only a batch's source rows in memory.
/// </summary>
public static class RegionReadModel
{
    private const int RegionsPerBatch = 16;

    /// <param name="table">The read model's table (a name from code, never from input).</param>
    /// <param name="writeBatch">Computes and writes the rows of a batch of regions; returns how many it wrote.</param>
    public static async Task<long> ReplaceAsync(SakipDbContext db, string table, IReadOnlyCollection<int> regions,
        Func<int[], Task<long>> writeBatch, CancellationToken ct)
    {
        var ids = regions.Distinct().Order().ToArray();
        if (ids.Length == 0)
        {
            return 0;
        }
#pragma warning disable EF1003 // the table is one of the read models' names, written in code; a table name cannot be a parameter
        await db.Database.ExecuteSqlRawAsync("DELETE FROM " + table + " WHERE region_id = ANY(@regions)", [new NpgsqlParameter("regions", ids)], ct);
#pragma warning restore EF1003
        long written = 0;
        foreach (var batch in ids.Chunk(RegionsPerBatch))
        {
            written += await writeBatch(batch);
        }
        return written;
    }
}
