using Npgsql;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Database;

/// <summary>
/// The API's pools prepare what they send repeatedly and hand a connection back without a reset (which would drop the
/// prepared statements), and the read pool plans each statement once, with index lookups and nested loops only (the
/// plans QueryPlanTests checks); loads keep PostgreSQL's defaults. The connection string's own settings win.
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

    private static async Task<(long Prepared, string PlanCacheMode, string SeqScans)> SessionAsync(NpgsqlDataSource source)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE 'SELECT count(*) FROM documents%'), current_setting('plan_cache_mode'), current_setting('enable_seqscan')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
    }

    [Fact]
    public async Task A_read_sent_twice_stays_prepared_on_its_pooled_connection_with_one_plan_of_index_lookups()
    {
        var options = new DatabaseOptions { MaxPoolSize = 1 };
        await using var sources = DatabaseDataSources.Create(fixture.ConnectionString, options);

        await RunTwiceAsync(sources.Reads);

        var (prepared, mode, seqScans) = await SessionAsync(sources.Reads);
        Assert.Equal(1, prepared);
        Assert.Equal("force_generic_plan", mode);
        Assert.Equal("off", seqScans);
    }

    [Fact]
    public async Task Loads_and_migrations_plan_with_the_servers_defaults()
    {
        await using var sources = DatabaseDataSources.Create(fixture.ConnectionString, new DatabaseOptions { MaxPoolSize = 1 });

        var (_, mode, seqScans) = await SessionAsync(sources.Primary);

        Assert.Equal("auto", mode);
        Assert.Equal("on", seqScans);
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

        var (prepared, mode, _) = await SessionAsync(sources.Reads);
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
