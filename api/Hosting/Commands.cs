using Sakip.Api.Data;
using Sakip.Api.Reconciliation;
using Sakip.Api.Seeding;

namespace Sakip.Api.Hosting;

/// <summary>
/// The API's command-line verbs: "seed" loads what changed in the seed folder ("seed --force" reloads every document), "reconcile" prints the reconciliation report, "schema"
/// prints the GraphQL SDL (handled before any database is touched).
/// </summary>
public static class Commands
{
    private static readonly string[] Verbs = ["seed", "reconcile", "schema"];

    /// <summary>Splits a leading verb (and seed's --force) from the arguments the host reads as configuration.</summary>
    public static (string? Command, bool Force, string[] HostArgs) Split(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            return (null, false, args);
        }
        var rest = args[1..];
        var force = args[0] == "seed" && rest.Contains("--force");
        return (args[0], force, rest.Where(a => a != "--force").ToArray());
    }

    public static async Task<int> RunCommandAsync(this WebApplication app, string command, bool force = false, CancellationToken ct = default)
    {
        await app.PrepareDatabaseAsync(logSeedErrors: false, force, ct);
        var status = app.Services.GetRequiredService<SeedStatus>();
        if (status.Error is not null)
        {
            await Console.Error.WriteLineAsync(status.Error);
            return 1;
        }
        if (command == "seed")
        {
            var r = status.Result;
            foreach (var warning in r?.Warnings ?? [])
            {
                Console.WriteLine($"warning: {warning}");
            }
            Console.WriteLine(r is null
                ? "Seed loading is switched off (Database:LoadSeed=false)."
                : $"Seed {r.Outcome.ToString().ToLowerInvariant()}: {r.Documents} documents ({r.DocumentsLoaded} loaded, {r.DocumentsRemoved} removed), "
                    + $"{r.Rows} rows, {r.Findings} reconciliation findings.");
            return 0;
        }
        await using var scope = app.Services.CreateAsyncScope();
        await ReconciliationReport.WriteAsync(scope.ServiceProvider.GetRequiredService<SakipDbContext>(), Console.Out, ct);
        return 0;
    }
}
