using System.Diagnostics;
using System.Text.Json;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>The GraphQL Foundation's GraphQL-over-HTTP server audits (npm graphql-http, pinned by package-lock.json),
/// run by node against the API on a real loopback port: every audit, MUST and SHOULD alike, passes.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class GraphQLHttpAuditTests(DatabaseFixture fixture)
{
    /// <summary>How many audits graphql-http 1.23.1 has; a new pinned version must be looked at, not passed blindly.</summary>
    private const int AuditCount = 61;

    internal static readonly string TestProject = Path.Combine(RepositoryPaths.Root, "tests", "Sakip.Tests");

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);

    [Fact]
    public async Task Every_graphql_http_server_audit_passes()
    {
        await using var api = KestrelApi.Start(fixture);
        var results = await RunAuditsAsync(api.Address + "/graphql");

        Assert.Equal(AuditCount, results.Count);
        var failures = results.Where(r => r.Status != "ok").Select(r => $"{r.Id} {r.Name} ({r.Status}): {r.Reason}").ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {results.Count} audits failed:\n" + string.Join("\n", failures));
    }

    private static async Task<List<AuditResult>> RunAuditsAsync(string url)
    {
        var start = new ProcessStartInfo("node", ["graphql-http-audit.mjs", url])
        {
            WorkingDirectory = TestProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"The audits did not finish within 2 minutes:\n{await stderr}");
        }
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}:\n{await stderr}");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<AuditResult>(line, options)!)
            .ToList();
    }
}
