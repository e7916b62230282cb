using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sakip.Api.Data;

namespace Sakip.Tests.Faults;

/// <summary>Quieting the log of outages must not hide a query's own error: a bug is logged, once, with its exception.</summary>
[Collection(FaultsCollection.Name)]
public sealed class QueryErrorLoggingTests
{
    [Fact]
    public async Task A_failing_query_is_logged_once_with_its_exception_and_is_no_outage()
    {
        await using var cluster = await TestCluster.StartNewAsync();
        using var api = new FaultApi(cluster.ConnectionString());
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();

        await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("SELECT * FROM no_such_table"));

        var error = Assert.Single(api.Logs.Errors);
        Assert.StartsWith("Database command failed: SELECT * FROM no_such_table", error.Message, StringComparison.Ordinal);
        Assert.Equal("42P01", Assert.IsType<PostgresException>(error.Exception).SqlState);
        Assert.Equal(0, api.Logs.Count("Database unavailable"));
    }
}
