using System.Net;
using System.Text.Json;
using Npgsql;
using Sakip.Api.GraphQL;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// The limits enforced while a request runs, on APIs configured with small ones: the result-node cap and the answer's
/// byte cap stop execution and serialisation with a 400, and the execution limit answers 408 wherever it strikes,
/// here while the database holds a lock the request waits for.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ExecutionCapTests(DatabaseFixture fixture)
{
    private const string WideQuery = "{ regions { agencies { indicators { name definition formula figures { published source { cells { column text } } } } } } }";

    private static async Task<(HttpStatusCode Status, string Code, string Message, JsonElement Body)> PostAsync(ApiFactory api, string query) =>
        await HostileRequestTests.PostRawAsync(api.CreateClient(), JsonSerializer.Serialize(new { query }));

    [Fact]
    public async Task An_answer_with_more_result_nodes_than_the_cap_is_stopped_during_execution()
    {
        // A cost limit high enough to let the query through, so the execution-time cap is what stops it.
        await using var api = new ApiFactory(fixture, new() { ["GraphQL:MaxResultNodes"] = "100", ["GraphQL:MaxComplexity"] = "10000000" });
        var answer = await PostAsync(api, WideQuery);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.LimitExceeded, answer.Code);
        Assert.Contains("more than 100 result nodes", answer.Message);
        Assert.Contains("(GraphQL:MaxResultNodes)", answer.Message);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(api, "{ regions { code } }")).Status);
    }

    [Fact]
    public async Task An_answer_larger_than_the_byte_cap_is_refused_before_a_byte_is_sent()
    {
        await using var api = new ApiFactory(fixture, new() { ["GraphQL:MaxResponseBytes"] = "65536" });
        var answer = await PostAsync(api, WideQuery);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.LimitExceeded, answer.Code);
        Assert.Contains("larger than 65536 bytes", answer.Message);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(api, "{ regions { code } }")).Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_request_over_the_execution_limit_gets_408_wherever_it_waits(bool warm)
    {
        await using var api = new ApiFactory(fixture, new() { ["GraphQL:ExecutionTimeout"] = "00:00:01" });
        // Start the host first: its start-up reads the database too, outside any request's limit.
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/healthz")).StatusCode);
        if (warm)
        {
            // The list sizes are read before validation on a cold API; warm, the wait happens during execution.
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(api, "{ regions { code } }")).Status);
        }
        await using var connection = await fixture.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockAll = new NpgsqlCommand("LOCK TABLE regions, agencies, indicators IN ACCESS EXCLUSIVE MODE", connection, transaction))
        {
            await lockAll.ExecuteNonQueryAsync();
        }
        // Regions and agencies come from memory once read for the release; the indicators are read per request.
        var answer = await PostAsync(api, "{ regions { code agencies { name indicators { name } } } }");
        await transaction.RollbackAsync();

        Assert.Equal(HttpStatusCode.RequestTimeout, answer.Status);
        Assert.Equal(ErrorCodes.Timeout, answer.Code);
        Assert.Contains("execution limit of 1 seconds (GraphQL:ExecutionTimeout)", answer.Message);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(api, "{ regions { code } }")).Status);
    }

    [Fact]
    public async Task A_client_that_hangs_up_stops_its_statement_in_the_database()
    {
        await using var api = new ApiFactory(fixture);
        var http = api.CreateClient();
        const string query = "{ indicators(first: 1) { totalCount } }";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(api, query)).Status);
        await using var connection = await fixture.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockAll = new NpgsqlCommand("LOCK TABLE indicators IN ACCESS EXCLUSIVE MODE", connection, transaction))
        {
            await lockAll.ExecuteNonQueryAsync();
        }
        using var hangUp = new CancellationTokenSource();
        using var content = new StringContent($"{{\"query\":\"{query}\"}}", System.Text.Encoding.UTF8, "application/json");
        var request = http.PostAsync("/graphql", content, hangUp.Token);

        await using var other = await fixture.OpenConnectionAsync();
        async Task<long> WaitingAsync()
        {
            await using var count = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", other);
            return (long)(await count.ExecuteScalarAsync())!;
        }
        async Task<long> PollAsync(long wanted)
        {
            var seen = await WaitingAsync();
            for (var i = 0; i < 50 && seen != wanted; i++)
            {
                await Task.Delay(100);
                seen = await WaitingAsync();
            }
            return seen;
        }
        Assert.Equal(1, await PollAsync(1));
        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        // Once its client is gone the API's statement must be cancelled, long before the 15 s execution limit or the
        // 60 s command timeout.
        var waiting = await PollAsync(0);
        await transaction.RollbackAsync();
        Assert.Equal(0, waiting);
    }
}
