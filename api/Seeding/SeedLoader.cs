using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;
using Sakip.Api.Reconciliation;

namespace Sakip.Api.Seeding;

public enum SeedOutcome
{
    Loaded,
    Unchanged,
}

public sealed record SeedResult(SeedOutcome Outcome, int Documents, int Rows, int Findings, string ContentHash);

/// <summary>
/// Makes the database hold exactly what the seed folder holds: reads and validates every file, then, in one
/// transaction, replaces all document data, reconciles it and records the load. Loading the same files again
/// changes nothing; an invalid seed changes nothing either.
/// </summary>
public sealed class SeedLoader(SakipDbContext db, ILogger<SeedLoader> logger)
{
    // Serialises concurrent loads (two processes starting on one database).
    private const long AdvisoryLockKey = 0x53414B4950; // "SAKIP"

    /// <summary>Replaces the stored findings with a fresh reconciliation, inside the caller's transaction.</summary>
    private async Task<ReconciliationResult> ReconcileAsync(CancellationToken ct)
    {
        await db.Findings.ExecuteDeleteAsync(ct);
        var result = await new Reconciler(db).RunAsync(ct);
        db.Findings.AddRange(result.Findings);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>Raise when the importer stores different values for the same seed files.</summary>
    const int ImporterVersion = 2;

    public async Task<SeedResult> LoadAsync(string seedDirectory, string repositoryRoot, CancellationToken ct)
    {
        var read = SeedReader.Read(seedDirectory, repositoryRoot);
        // A new migration may add tables the importer fills, and a new importer may read the files differently: the
        // same files load again under a new schema or importer version.
        var schema = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault() + "\nimporter " + ImporterVersion;
        var set = read with { ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(read.ContentHash + "\n" + schema))) };
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
            var last = await db.SeedLoads.AsNoTracking().OrderByDescending(l => l.Id).FirstOrDefaultAsync(ct);
            if (last?.ContentHash == set.ContentHash)
            {
                // The data stands; the findings are recomputed, since the checks may have changed with the code.
                var checks = await ReconcileAsync(ct);
                await db.SeedLoads.Where(l => l.Id == last.Id)
                    .ExecuteUpdateAsync(u => u.SetProperty(l => l.Checks, checks.Checks).SetProperty(l => l.Findings, checks.Findings.Count), ct);
                await transaction.CommitAsync(ct);
                db.ChangeTracker.Clear();
                logger.LogInformation("Seed unchanged ({Hash}); reconciliation made {Checks} checks and found {Findings} disagreements",
                    set.ContentHash[..12], checks.Checks, checks.Findings.Count);
                return new SeedResult(SeedOutcome.Unchanged, last.Documents, last.Rows, checks.Findings.Count, set.ContentHash);
            }

            // TRUNCATE is transactional in PostgreSQL: a failure below rolls it back with everything else.
            await db.Database.ExecuteSqlRawAsync("TRUNCATE regions RESTART IDENTITY CASCADE", ct);
            db.ChangeTracker.Clear();
            try
            {
                await new SeedImporter(db).ImportAsync(set, ct);
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
            db.ChangeTracker.Clear();

            var reconciliation = await ReconcileAsync(ct);
            db.SeedLoads.Add(new SeedLoad
            {
                ContentHash = set.ContentHash,
                LoadedAt = DateTimeOffset.UtcNow,
                Documents = set.Documents.Count,
                Rows = set.RowCount,
                Checks = reconciliation.Checks,
                Findings = reconciliation.Findings.Count,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            logger.LogInformation("Loaded {Documents} documents, {Rows} rows; reconciliation made {Checks} checks and found {Findings} disagreements",
                set.Documents.Count, set.RowCount, reconciliation.Checks, reconciliation.Findings.Count);
            return new SeedResult(SeedOutcome.Loaded, set.Documents.Count, set.RowCount, reconciliation.Findings.Count, set.ContentHash);
        });
    }
}
