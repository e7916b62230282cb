using Npgsql;

namespace Sakip.Tests.Infrastructure;

/// <summary>The number of rows of every table of the database, to show that a failed load changed nothing.</summary>
public static class TableCounts
{
    public static async Task<SortedDictionary<string, long>> ReadAsync(DatabaseFixture fixture)
    {
        await using var connection = await fixture.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory'",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }
}
