using Npgsql;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Database;

/// <summary>
/// The API's pools prepare what they send repeatedly and hand a connection back without a reset (which would drop the
/// prepared statements), unless the connection string says otherwise; plans are PostgreSQL's choice per statement.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ConnectionSettingsTests(DatabaseFixture fixture)
{
    private const string Statement = "SELECT count(*) FROM documents WHERE region_id = ANY($1)";

    private static async Task RunTwiceAsync(NpgsqlDataSource source)
    {
        for (var i = 0; i < 2; i++)
        {
            await using var connection = await source.OpenConnectionAsync();
            await using var command = new NpgsqlCommand(Statement, connection) { Parameters = { new() { Value = new[] { 1 } } } };
            await command.ExecuteScalarAsync();
        }
    }

    private static async Task<(long Prepared, string PlanCacheMode)> SessionAsync(NpgsqlDataSource source)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT count(*) FROM documents%'), current_setting('plan_cache_mode')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetString(1));
    }

    [Fact]
    public async Task A_statement_sent_twice_stays_prepared_on_its_pooled_connection_with_the_default_plan_choice()
    {
        var options = new DatabaseOptions { MaxPoolSize = 1 };
        await using var sources = DatabaseDataSources.Create(fixture.ConnectionString, options);

        await RunTwiceAsync(sources.Reads);

        var (prepared, mode) = await SessionAsync(sources.Reads);
        Assert.Equal(1, prepared);
        Assert.Equal("auto", mode);
    }

    [Fact]
    public async Task The_connection_strings_own_settings_win()
    {
        var own = new NpgsqlConnectionStringBuilder(fixture.ConnectionString)
        {
            MaxAutoPrepare = 0,
            Options = "-c plan_cache_mode=force_custom_plan",
        };
        await using var sources = DatabaseDataSources.Create(own.ConnectionString, new DatabaseOptions { MaxPoolSize = 1 });

        await RunTwiceAsync(sources.Reads);

        var (prepared, mode) = await SessionAsync(sources.Reads);
        Assert.Equal(0, prepared);
        Assert.Equal("force_custom_plan", mode);
    }

    [Theory]
    [InlineData("Host=h;Max Auto Prepare=4", true)]
    [InlineData("Host=h;maxautoprepare=4", true)]
    [InlineData("Host=h;Database=d", false)]
    public void A_keyword_counts_as_given_only_when_the_connection_string_sets_it(string connectionString, bool given) =>
        Assert.Equal(given, DatabaseDataSources.Names(connectionString, "Max Auto Prepare"));
}
