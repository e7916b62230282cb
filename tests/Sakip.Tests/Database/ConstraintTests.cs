using Npgsql;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Database;

/// <summary>The database itself refuses rows that break the rules of the numbers; each insert is rolled back.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ConstraintTests(DatabaseFixture fixture)
{
    private const string CheckViolation = "23514";
    private const string ForeignKeyViolation = "23503";
    private const string UniqueViolation = "23505";

    // A valid budget row; each test breaks one thing in it.
    private const string BudgetInsert = """
        INSERT INTO budget_figures (region_id, agency_id, plan_node_id, measure, year, period_kind, period_no,
            amount_state, amount_value, amount_grade, amount_published, amount_reason, source_table_id, source_row_id)
        SELECT sr.region_id, d.agency_id, NULL, {measure}, {year}, {kind}, {number},
            {state}, {value}, NULL, 'x', {reason}, st.id, sr.id
        FROM source_rows sr
        JOIN source_tables st ON st.region_id = sr.region_id AND st.id = sr.source_table_id
        JOIN documents d ON d.region_id = st.region_id AND d.id = st.document_id
        ORDER BY sr.id LIMIT 1
        """;

    private static string Budget(string measure = "'Pagu'", string year = "2026", string kind = "'Year'", string number = "0",
        string state = "'Reported'", string value = "1000", string reason = "NULL") =>
        BudgetInsert.Replace("{measure}", measure).Replace("{year}", year).Replace("{kind}", kind).Replace("{number}", number)
            .Replace("{state}", state).Replace("{value}", value).Replace("{reason}", reason);

    [Fact]
    public async Task A_valid_budget_row_is_accepted() => await AssertAccepted(Budget());

    [Fact]
    public async Task Negative_money_is_refused() => await AssertRefused(Budget(value: "-1"), CheckViolation, "amount_non_negative");

    [Fact]
    public async Task Month_13_is_refused() => await AssertRefused(Budget(kind: "'Month'", number: "13"), CheckViolation, "period");

    [Fact]
    public async Task Quarter_5_is_refused() => await AssertRefused(Budget(kind: "'Quarter'", number: "5"), CheckViolation, "period");

    [Fact]
    public async Task A_year_outside_2000_to_2100_is_refused() => await AssertRefused(Budget(year: "1999"), CheckViolation, "year");

    [Fact]
    public async Task An_unknown_measure_is_refused() => await AssertRefused(Budget(measure: "'Guess'"), CheckViolation, "measure");

    [Fact]
    public async Task A_not_reported_figure_cannot_carry_a_value() =>
        await AssertRefused(Budget(state: "'NotReported'", value: "5", reason: "'n/a'"), CheckViolation, "amount_consistent");

    [Fact]
    public async Task A_not_reported_figure_needs_a_reason() =>
        await AssertRefused(Budget(state: "'NotReported'", value: "NULL"), CheckViolation, "amount_consistent");

    [Fact]
    public async Task A_figure_from_a_row_that_does_not_exist_is_refused() =>
        await AssertRefused(
            "INSERT INTO stated_totals (region_id, source_table_id, \"column\", figure_state, figure_value, figure_published, source_row_id) "
            + "SELECT region_id, source_table_id, 'x', 'Reported', 1, '1', 999999999 FROM source_rows LIMIT 1",
            ForeignKeyViolation, "source_row");

    [Fact]
    public async Task A_second_agency_with_the_same_key_in_a_region_is_refused() =>
        await AssertRefused("INSERT INTO agencies (region_id, key, name) SELECT region_id, key, name FROM agencies LIMIT 1", UniqueViolation, "key");

    [Fact]
    public async Task A_region_code_must_be_a_Kemendagri_code() =>
        await AssertRefused("INSERT INTO regions (code, name, province) VALUES ('Seruyan', 'x', 'y')", CheckViolation, "code");

    private async Task AssertAccepted(string sql)
    {
        await using var connection = await fixture.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
        await transaction.RollbackAsync();
    }

    private async Task AssertRefused(string sql, string sqlState, string constraintPart)
    {
        await using var connection = await fixture.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(sqlState, error.SqlState);
        Assert.Contains(constraintPart, error.ConstraintName ?? "");
        await transaction.RollbackAsync();
    }
}
