using Npgsql;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Reconciliation;

/// <summary>
/// Every total a document prints either equals the sum of the stored figures of its table, or is listed as a
/// finding. The sums are computed here in SQL from the typed tables, independently of the reconciliation code.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class StatedTotalTests(DatabaseFixture fixture)
{
    // Sum of the stored figures behind each seed column, per source table.
    private const string Sums = """
        SELECT source_table_id, lower(measure::text) AS col, sum(count_value) AS total FROM ppks_figures GROUP BY 1, 2
        UNION ALL SELECT r.source_table_id, 'count', sum(p.count_value) FROM psks_entries p JOIN source_rows r ON r.region_id = p.region_id AND r.id = p.source_row_id GROUP BY 1
        UNION ALL SELECT r.source_table_id, 'certified', sum(p.certified_value) FROM psks_entries p JOIN source_rows r ON r.region_id = p.region_id AND r.id = p.source_row_id GROUP BY 1
        UNION ALL SELECT r.source_table_id, 'pns', sum(s.pns_value) FROM staff_positions s JOIN source_rows r ON r.region_id = s.region_id AND r.id = s.source_row_id GROUP BY 1
        UNION ALL SELECT r.source_table_id, 'pppk', sum(s.pppk_value) FROM staff_positions s JOIN source_rows r ON r.region_id = s.region_id AND r.id = s.source_row_id GROUP BY 1
        UNION ALL SELECT r.source_table_id, 'pppk_pw', sum(s.pppk_part_time_value) FROM staff_positions s JOIN source_rows r ON r.region_id = s.region_id AND r.id = s.source_row_id GROUP BY 1
        UNION ALL SELECT r.source_table_id, 'value', sum(a.figure_value) FROM asset_figures a JOIN source_rows r ON r.region_id = a.region_id AND r.id = a.source_row_id WHERE a.measure = 'Value' GROUP BY 1
        UNION ALL SELECT source_table_id, CASE measure WHEN 'Recipients' THEN 'recipients' WHEN 'Delivered' THEN 'delivered' WHEN 'Undelivered' THEN 'undelivered' WHEN 'Amount' THEN 'amount' END, sum(figure_value)
            FROM aid_figures WHERE measure IN ('Recipients', 'Delivered', 'Undelivered', 'Amount') GROUP BY 1, 2
        UNION ALL SELECT source_table_id, CASE measure WHEN 'Pagu' THEN 'budget' ELSE 'budget_realisation' END, sum(amount_value) FROM budget_figures GROUP BY 1, 2
        """;

    // Staff counts: a total row that names a dimension totals the rows of that dimension only.
    private const string StaffSums = """
        SELECT t.id AS total_id, sum(c.count_value) AS total
        FROM stated_totals t
        JOIN source_rows tr ON tr.region_id = t.region_id AND tr.id = t.source_row_id
        JOIN source_rows r ON r.region_id = t.region_id AND r.source_table_id = t.source_table_id AND NOT r.is_total
            AND (tr.cells->>'dimension' IS NULL OR r.cells->>'dimension' = tr.cells->>'dimension')
        JOIN staff_counts c ON c.region_id = r.region_id AND c.source_row_id = r.id
        GROUP BY t.id
        """;

    [Fact]
    public async Task Every_stated_total_equals_its_rows_or_is_a_finding()
    {
        await using var connection = await fixture.OpenConnectionAsync();
        var sql = $"""
            WITH sums AS ({Sums}), staff AS ({StaffSums})
            SELECT st.key, t."column", t.figure_published, t.figure_value, coalesce(s.total, sf.total),
                   EXISTS (SELECT 1 FROM findings f WHERE f.kind = 'StatedTotal' AND f.stated_source_row_id = t.source_row_id
                           AND f.subject LIKE '%total kolom ' || t."column") AS listed
            FROM stated_totals t
            JOIN source_tables st ON st.region_id = t.region_id AND st.id = t.source_table_id
            LEFT JOIN sums s ON s.source_table_id = t.source_table_id AND s.col = t."column"
            LEFT JOIN staff sf ON sf.total_id = t.id AND st.kind = 'staff-counts'
            WHERE t.figure_value IS NOT NULL AND coalesce(s.total, sf.total) IS NOT NULL AND t."column" NOT LIKE '%pct'
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var checkedTotals = 0;
        var problems = new List<string>();
        while (await reader.ReadAsync())
        {
            checkedTotals++;
            var (table, column, published, stated, sum, listed) =
                (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDecimal(3), reader.GetDecimal(4), reader.GetBoolean(5));
            if (stated != sum && !listed)
            {
                problems.Add($"{table}.{column}: stated {published}, rows sum to {sum}, and no finding lists it");
            }
            if (stated == sum && listed)
            {
                problems.Add($"{table}.{column}: stated {published} equals the rows, yet a finding lists it");
            }
        }
        Assert.True(checkedTotals >= 5, $"only {checkedTotals} stated totals were compared");
        Assert.Empty(problems);
    }
}
