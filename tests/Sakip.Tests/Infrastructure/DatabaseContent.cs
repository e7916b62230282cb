using Npgsql;

namespace Sakip.Tests.Infrastructure;

/// <summary>
/// Everything a database holds, independent of surrogate ids: every table's rows without their id columns, and for
/// every foreign key the pairs of rows it joins (each side without ids), so two databases compare equal only when they
/// hold the same rows wired the same way. The load history (seed_loads) and file stamps (documents.seed_stamp, which
/// hold file times) are left out, and so are the plan sheets' payloads (agency_plan_sheets.payload): a sheet is a copy of
/// rows with their ids, which <c>PlanSheetTests</c> compares with the tables it was built from.
/// </summary>
public static class DatabaseContent
{
    private static readonly string[] Ignored = ["seed_loads", "__EFMigrationsHistory"];

    public static async Task<SortedDictionary<string, List<string>>> ReadAsync(NpgsqlConnection connection)
    {
        var idColumns = new Dictionary<string, List<string>>();
        await using (var columns = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
            + "AND (column_name = 'id' OR column_name LIKE '%\\_id' OR column_name = 'seed_stamp' OR (table_name = 'agency_plan_sheets' AND column_name = 'payload'))",
            connection))
        await using (var reader = await columns.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                idColumns.TryAdd(reader.GetString(0), []);
                idColumns[reader.GetString(0)].Add(reader.GetString(1));
            }
        }
        string Without(string table, string alias) =>
            $"(to_jsonb({alias}) - ARRAY[{string.Join(", ", idColumns.GetValueOrDefault(table, []).Select(c => $"'{c}'"))}]::text[])::text";

        var queries = new Dictionary<string, string>();
        await using (var tables = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var table = reader.GetString(0);
                if (!Ignored.Contains(table))
                {
                    queries[table] = $"SELECT {Without(table, "t")} FROM \"{table}\" t";
                }
            }
        }
        var keys = new List<(string Name, string Child, string Parent, string Join)>();
        await using (var constraints = new NpgsqlCommand("""
            SELECT c.conname, child.relname, parent.relname,
                   (SELECT string_agg(format('c.%I = p.%I', a.attname, b.attname), ' AND ')
                      FROM unnest(c.conkey, c.confkey) AS k(ck, pk)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.ck
                      JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = k.pk)
            FROM pg_constraint c JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
            WHERE c.contype = 'f'
            """, connection))
        await using (var reader = await constraints.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }
        foreach (var key in keys)
        {
            queries[key.Name] = $"SELECT {Without(key.Child, "c")} || ' -> ' || {Without(key.Parent, "p")} FROM \"{key.Child}\" c JOIN \"{key.Parent}\" p ON {key.Join}";
        }

        var content = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, sql) in queries)
        {
            var rows = new List<string>();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
            rows.Sort(StringComparer.Ordinal);
            content[name] = rows;
        }
        return content;
    }

    /// <summary>The first difference between two contents, for an assertion message; null when they are equal.</summary>
    public static string? Difference(SortedDictionary<string, List<string>> expected, SortedDictionary<string, List<string>> actual)
    {
        foreach (var name in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            var a = expected.GetValueOrDefault(name, []);
            var b = actual.GetValueOrDefault(name, []);
            if (a.SequenceEqual(b))
            {
                continue;
            }
            var missing = a.Except(b).FirstOrDefault();
            var extra = b.Except(a).FirstOrDefault();
            return $"{name}: {a.Count} rows expected, {b.Count} found; first missing {missing ?? "(none)"}; first extra {extra ?? "(none)"}";
        }
        return null;
    }
}
