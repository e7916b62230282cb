using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Hosting;

/// <summary>The API's command-line verbs, run as a separate process the way an analyst runs them.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CommandLineTests(DatabaseFixture fixture)
{
    private static Task<(int ExitCode, string Output, string Error)> RunApiAsync(string connectionString, params string[] args) =>
        ApiProcess.RunAsync(connectionString, TestSeed.Folder, args);

    [Fact]
    public async Task Reconcile_prints_every_finding_with_both_figures_and_exits_0()
    {
        var (exitCode, output, error) = await RunApiAsync(fixture.ConnectionString, "reconcile");
        Assert.True(exitCode == 0, error);
        await using var db = fixture.CreateContext();
        var findings = db.Findings.ToList();
        Assert.NotEmpty(findings);
        Assert.Contains($"Reconciliation: {findings.Count} disagreement(s)", output);
        foreach (var finding in findings)
        {
            Assert.Contains($"stated:   {finding.StatedText,-20} {finding.StatedSource}", output);
            Assert.Contains($"compared: {finding.ComparedText,-20} {finding.ComparedSource}", output);
        }
    }

    [Fact]
    public async Task An_unreachable_database_is_named_in_a_clear_error()
    {
        var (exitCode, output, error) = await RunApiAsync(ApiProcess.Unreachable, "seed");
        Assert.Equal(2, exitCode);
        Assert.Contains("Cannot reach the database nowhere at 127.0.0.1:1", output + error);
        Assert.DoesNotContain("   at ", output + error); // no stack trace
    }
}
