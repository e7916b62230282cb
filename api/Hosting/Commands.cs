using Sakip.Api.Data;
using Sakip.Api.Reconciliation;
using Sakip.Api.Seeding;

namespace Sakip.Api.Hosting;

/// <summary>
/// The API's command-line verbs: "seed" loads what changed in the seed folder ("seed --force" reloads every document), "import [--check] PATH..." adds documents
/// (ImportCommand), "reconcile" prints the reconciliation report, "schema"
/// prints the GraphQL SDL (handled before any database is touched).
/// </summary>
public static class Commands
{
    private static readonly string[] Verbs = ["seed", "reconcile", "schema", "import"];

    public sealed record Invocation(string? Command, bool Force, bool Check, IReadOnlyList<string> Paths, string[] HostArgs);

    /// <summary>
    /// Splits a leading verb (and seed's --force, import's --check and paths) from the arguments the host reads as configuration
    /// (--Key=value or --Key value).
    /// </summary>
    public static Invocation Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            return new(null, false, false, [], args);
        }
        var (command, rest) = (args[0], args[1..]);
        var force = command == "seed" && rest.Contains("--force");
        var check = command == "import" && rest.Contains("--check");
        var paths = new List<string>();
        var host = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            var a = rest[i];
            if ((a == "--force" && command == "seed") || (a == "--check" && command == "import"))
            {
                continue;
            }
            if (command == "import" && !a.StartsWith("--", StringComparison.Ordinal))
            {
                paths.Add(a);
                continue;
            }
            host.Add(a);
            // "--Key value": the value belongs to the host too.
            if (a.StartsWith("--", StringComparison.Ordinal) && !a.Contains('=') && i + 1 < rest.Length && !rest[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                host.Add(rest[++i]);
            }
        }
        return new(command, force, check, paths, host.ToArray());
    }

    public static async Task<int> RunCommandAsync(this WebApplication app, string command, bool force = false, CancellationToken ct = default,
        bool check = false, IReadOnlyList<string>? paths = null)
    {
        await app.PrepareDatabaseAsync(logSeedErrors: false, force, ct);
        var status = app.Services.GetRequiredService<SeedStatus>();
        if (status.Error is not null)
        {
            await Console.Error.WriteLineAsync(status.Error);
            return 1;
        }
        if (command == "import")
        {
            return await ImportCommand.RunAsync(app, paths ?? [], check, ct);
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
