using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sakip.Api.Data;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;
using Sakip.Api.Statistics;

namespace Sakip.Api.Seeding;

public enum SeedOutcome
{
    Loaded,
    Unchanged,
}

/// <summary>What a load left: the documents and rows stored, the findings, and what this run loaded and removed.</summary>
public sealed record SeedResult(SeedOutcome Outcome, int Documents, int Rows, int Findings, string ContentHash,
    int DocumentsLoaded = 0, int DocumentsRemoved = 0)
{
    /// <summary>What was probably wrong in the documents this run read, but did not stop it.</summary>
    public IReadOnlyList<SeedError> Warnings { get; init; } = [];
}

/// <summary>
/// Makes the database hold exactly what the seed folder holds, streaming: it compares every folder with what the last
/// load recorded (a file stamp, then the content hash), and reloads only the agencies with an added, changed or removed
/// document (an agency's documents share its units, plan tree and indicators), one agency at a time: read, check,
/// copy, reconcile. The whole run is one transaction: readers see the previous data or the new, and any error anywhere
/// changes nothing; every error is reported, with file, line and field.
/// </summary>
public sealed class SeedLoader(SakipDbContext db, ILogger<SeedLoader> logger, TimeProvider time)
{
    // Serialises concurrent loads (two processes starting on one database); the id counters rely on it.
    private const long AdvisoryLockKey = 0x53414B4950; // "SAKIP"

    /// <summary>Raise when the importer or the reconciliation stores different values for the same seed files.</summary>
    private const int ImporterVersion = 4;

    private sealed record StoredDocument(string Key, int RegionId, long AgencyId, string RegionCode, string AgencyKey, string Kind, int Year,
        string ContentHash, string Stamp, bool HasPpks);

    /// <summary>A document folder as this run sees it.</summary>
    internal sealed record Entry(string Key, string Path, string Stamp, string RegionCode, string AgencyKey, string Kind, int Year,
        string? ContentHash, bool Changed, bool Restamp, bool HasPpks);

    /// <summary>The documents of one agency: the unit the loader replaces.</summary>
    internal sealed record Unit((string Region, string Agency) Id, IReadOnlyList<Entry> Entries)
    {
        public string First => Entries[0].Key;
    }

    public Task<SeedResult> LoadAsync(string seedDirectory, string repositoryRoot, CancellationToken ct) =>
        LoadAsync(seedDirectory, repositoryRoot, force: false, ct);

    /// <param name="force">Reload every document, whatever the last load recorded.</param>
    public Task<SeedResult> LoadAsync(string seedDirectory, string repositoryRoot, bool force, CancellationToken ct) =>
        LoadAsync(SeedSurvey.Take(seedDirectory, repositoryRoot), repositoryRoot, force, ct);

    /// <param name="survey">The seed folder's document folders and their stamps, taken at the start of the run.</param>
    /// <param name="force">Reload every document, whatever the last load recorded.</param>
    /// <param name="preview">When given, the load runs, fills it and is rolled back: nothing is committed (import --check).</param>
    public async Task<SeedResult> LoadAsync(SeedSurvey survey, string repositoryRoot, bool force, CancellationToken ct, ImportPreview? preview = null)
    {
        // A load is a batch job: its statements (a copy, the reference check) may run longer than a request's timeout.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        // A new migration, importer or plan-sheet format reloads everything, so every read model is computed by the code that reads it.
        var loader = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault() + " importer " + ImporterVersion + " sheets " + PlanSheet.Format;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
            var scanning = time.GetTimestamp();
            var last = await db.SeedLoads.AsNoTracking().OrderByDescending(l => l.Id).FirstOrDefaultAsync(ct);
            var reloadAll = force || last is null || last.Loader != loader;
            var stored = await StoredDocumentsAsync(ct);
            var errors = new List<SeedError>();
            var warnings = new List<SeedError>();
            var entries = Scan(survey, repositoryRoot, stored, reloadAll, errors);
            var units = entries.GroupBy(e => (e.RegionCode, e.AgencyKey)).Select(g => new Unit(g.Key, g.ToList()))
                .OrderBy(u => u.First, StringComparer.Ordinal).ToList();
            var (reload, delete) = Plan(units, entries, stored);
            if (preview is not null)
            {
                await preview.ReadBeforeAsync(db, reload.SelectMany(u => u.Entries).Select(e => e.Key)
                    .Concat(stored.Keys.Except(entries.Select(e => e.Key))).ToHashSet(StringComparer.Ordinal), ct);
            }
            var removed = stored.Keys.Except(entries.Select(e => e.Key)).Count();
            var restamp = entries.Where(e => e.Restamp).ToList();
            logger.LogInformation(
                "Compared {Folders} document folders with the last load in {Seconds:F1} s (their stamps took {StampSeconds:F1} s): {Changed} added or changed, {Removed} removed",
                entries.Count, time.GetElapsedTime(scanning).TotalSeconds, survey.Took.TotalSeconds, entries.Count(e => e.Changed), removed);

            if (errors.Count == 0 && reload.Count == 0 && delete.Count == 0 && last is not null && preview is not null)
            {
                await preview.ReadAfterAsync(db, [], [], ct);
                await transaction.RollbackAsync(ct);
                return new SeedResult(SeedOutcome.Unchanged, last.Documents, last.Rows, last.Findings, last.ContentHash);
            }
            if (errors.Count == 0 && reload.Count == 0 && delete.Count == 0 && last is not null)
            {
                await RestampAsync(restamp, stored, ct);
                await transaction.CommitAsync(ct);
                logger.LogInformation("Seed unchanged: {Documents} documents ({Hash})", entries.Count, last.ContentHash[..12]);
                return new SeedResult(SeedOutcome.Unchanged, last.Documents, last.Rows, last.Findings, last.ContentHash);
            }

            var deleting = time.GetTimestamp();
            var everything = delete.Count > 0 && delete.Count == stored.Values.Select(d => (d.RegionId, d.AgencyId)).Distinct().Count();
            if (everything && await ReferenceCheck.MaySkipRowChecksAsync(db, ct))
            {
                await DeleteEverythingAsync(ct);
            }
            else
            {
                await DeleteAgenciesAsync(delete, ct);
            }
            logger.LogInformation("Deleted the stored rows of {Agencies} agencies in {Seconds:F1} s", delete.Count, time.GetElapsedTime(deleting).TotalSeconds);
            var ids = await ReadIdCountersAsync(ct);
            var start = ids.Current.ToDictionary(c => c.Key, c => c.Value);
            var rowChecksSkipped = await ReferenceCheck.TrySkipRowChecksAsync(db, logger, ct);
            var written = 0L;
            var loadedRegions = new HashSet<int>();
            var progress = new LoadProgress(logger, reload.Sum(u => u.Entries.Count), time, LoadProgress.Terminal);
            var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);
            var scales = await db.RegionCapaianScales.AsNoTracking().ToDictionaryAsync(s => s.RegionId, ct);
            var ppksRegions = regions.Values.Select(r => r.Id).ToList();
            var categories = (await db.PpksCategories.AsNoTracking().Where(c => ppksRegions.Contains(c.RegionId)).ToListAsync(ct))
                .GroupBy(c => c.RegionId).ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Key, StringComparer.Ordinal));
            var writer = new BulkWriter(db);
            var preparer = new UnitPreparer(repositoryRoot, ids, regions, scales, categories, writer);

            // Two cores: one reads, checks and reconciles the next agencies while the database copies the previous one.
            var prepared = Channel.CreateBounded<PreparedUnit>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var producer = Task.Run(async () =>
            {
                try
                {
                    foreach (var unit in reload)
                    {
                        stop.Token.ThrowIfCancellationRequested();
                        await prepared.Writer.WriteAsync(preparer.Prepare(unit), stop.Token);
                    }
                    prepared.Writer.Complete();
                }
                catch (Exception e)
                {
                    prepared.Writer.Complete(e);
                }
            }, stop.Token);
            try
            {
                await foreach (var unit in prepared.Reader.ReadAllAsync(ct))
                {
                    errors.AddRange(unit.Errors);
                    foreach (var warning in unit.Warnings)
                    {
                        warnings.Add(warning);
                        logger.LogWarning("Seed warning: {Warning}", warning);
                    }
                    if (errors.Count == 0)
                    {
                        var before = writer.RowsWritten;
                        await writer.WriteAsync(unit.Buffer, ct);
                        written += writer.RowsWritten - before;
                        loadedRegions.Add(unit.RegionId);
                        KeepHeapBounded();
                    }
                    progress.Advance(unit.Documents, unit.Buffer.Count);
                }
            }
            finally
            {
                // A failed copy stops the preparation too, rather than leaving it waiting on a full channel.
                await stop.CancelAsync();
                await producer.ContinueWith(_ => { }, TaskScheduler.Default);
            }
            progress.Finish();
            if (errors.Count > 0)
            {
                throw new SeedValidationException(errors, warnings);
            }
            if (rowChecksSkipped)
            {
                var checking = time.GetTimestamp();
                await ReferenceCheck.VerifyAsync(db, loadedRegions, start, ct);
                logger.LogInformation("Checked the references of the rows written in {Seconds:F1} s", time.GetElapsedTime(checking).TotalSeconds);
            }
            // The cost estimate's list sizes are a read model per region: those of every region this run wrote or removed from.
            var sizing = time.GetTimestamp();
            var sized = loadedRegions.Concat(delete.Select(d => d.Region)).Distinct().ToList();
            await GraphQL.Limits.ListSizes.ComputeAsync(db, sized, ct);
            logger.LogInformation("Computed the list sizes of {Regions} regions in {Seconds:F1} s", sized.Count,
                time.GetElapsedTime(sizing).TotalSeconds);
            var computing = time.GetTimestamp();
            var capaian = await CapaianReadModel.ComputeAsync(db, sized, ct);
            var budgets = await Budgets.BudgetReadModel.ComputeAsync(db, sized, ct);
            var sheets = await PlanSheetReadModel.ComputeAsync(db, sized, ct);
            logger.LogInformation("Computed {Capaian} capaian, {Budgets} budget roll-ups and {Sheets} plan sheets of {Regions} regions in {Seconds:F1} s",
                capaian, budgets, sheets, sized.Count, time.GetElapsedTime(computing).TotalSeconds);
            if (preview is not null)
            {
                // Before the sequences move: setval is not transactional, and a preview leaves nothing behind.
                await preview.ReadAfterAsync(db, reload.Select(u => u.Id), reload.SelectMany(u => u.Entries).Select(e => e.Key).ToList(), ct);
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                logger.LogInformation("Previewed the load of {Loaded} documents and rolled it back", reload.Sum(u => u.Entries.Count));
                return new SeedResult(SeedOutcome.Loaded, entries.Count, preview.After.Values.Sum(d => d.Rows), preview.FindingsTotal, "",
                    reload.Sum(u => u.Entries.Count), removed) { Warnings = warnings };
            }
            await RestampAsync(restamp, stored, ct);
            await AdvanceSequencesAsync(ids, ct);

            var finishing = time.GetTimestamp();
            var totals = new { Rows = await db.Documents.SumAsync(d => d.Rows, ct), Checks = await db.Documents.SumAsync(d => d.Checks, ct) };
            var findings = await db.Findings.CountAsync(ct);
            var setHash = SetHash(await db.Documents.AsNoTracking().OrderBy(d => d.Key).Select(d => d.Key + " " + d.ContentHash).ToListAsync(ct));
            db.SeedLoads.Add(new SeedLoad
            {
                ContentHash = setHash,
                LoadedAt = time.GetUtcNow(),
                Documents = entries.Count,
                Rows = totals.Rows,
                Checks = totals.Checks,
                Findings = findings,
                Loader = loader,
                DocumentsLoaded = reload.Sum(u => u.Entries.Count),
                DocumentsRemoved = removed,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            logger.LogInformation("Recorded the load and committed in {Seconds:F1} s", time.GetElapsedTime(finishing).TotalSeconds);
            var size = await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync(ct);
            logger.LogInformation(
                "Loaded {Loaded} of {Documents} documents ({Agencies} agencies, {Removed} removed), {Rows} rows written in {Seconds:F1} s; "
                + "{Findings} reconciliation findings stored; database size {SizeMegabytes} MB",
                reload.Sum(u => u.Entries.Count), entries.Count, reload.Count, removed, written, progress.Elapsed.TotalSeconds, findings, size / 1_000_000);
            if (reload.Sum(u => u.Entries.Count) * 10L >= entries.Count)
            {
                await VacuumAsync(ct);
            }
            return new SeedResult(SeedOutcome.Loaded, entries.Count, totals.Rows, findings, setHash, reload.Sum(u => u.Entries.Count), removed)
            {
                Warnings = warnings,
            };
        });
    }

    /// <summary>
    /// After a load of a tenth of the documents or more, the tables' statistics describe data that is gone and their
    /// visibility maps are empty: until autovacuum catches up, the planner sorts and hashes whole tables where an index
    /// finds a few rows, and index-only scans read the heap. A bulk loader vacuums and analyses what it wrote itself.
    /// </summary>
    private async Task VacuumAsync(CancellationToken ct)
    {
        var start = time.GetTimestamp();
        var tables = string.Join(", ", BulkWriter.Order.Select(t => $"\"{db.Model.FindEntityType(t)!.GetTableName()}\""));
        var sql = $"VACUUM (ANALYZE) {tables}"; // table names from the model
        await db.Database.ExecuteSqlRawAsync(sql, ct);
        logger.LogInformation("Vacuumed and analysed the loaded tables in {Seconds:F1} s", time.GetElapsedTime(start).TotalSeconds);
    }

    /// <summary>
    /// A load holds a few agencies at a time (a few tens of MB), but server GC lets the heap grow towards a gigabyte before
    /// it collects; past the ceiling the loader collects itself, so its memory stays bounded whatever the number of documents.
    /// </summary>
    private static void KeepHeapBounded()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) > HeapCeiling)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    private const long HeapCeiling = 256L * 1024 * 1024;

    private async Task<Dictionary<string, StoredDocument>> StoredDocumentsAsync(CancellationToken ct) =>
        (await (from d in db.Documents.AsNoTracking()
                join r in db.Regions on d.RegionId equals r.Id
                join a in db.Agencies on new { d.RegionId, Id = d.AgencyId } equals new { a.RegionId, a.Id }
                select new
                {
                    d.Key, d.RegionId, d.AgencyId, r.Code, AgencyKey = a.Key, d.Kind, d.Year, d.ContentHash, d.SeedStamp,
                    HasPpks = db.SourceTables.Any(t => t.RegionId == d.RegionId && t.DocumentId == d.Id && t.Kind == TableKinds.Ppks),
                })
            .ToListAsync(ct))
        .ToDictionary(d => d.Key, d => new StoredDocument(d.Key, d.RegionId, d.AgencyId, d.Code, d.AgencyKey, d.Kind.ToString().ToUpperInvariant(),
            d.Year, d.ContentHash, d.SeedStamp, d.HasPpks), StringComparer.Ordinal);

    /// <summary>
    /// Every folder with its agency and whether it changed: an unchanged stamp is trusted, otherwise the manifest is read
    /// (for its agency) and the content hash compared.
    /// </summary>
    private static List<Entry> Scan(SeedSurvey survey, string root, Dictionary<string, StoredDocument> stored, bool reloadAll,
        List<SeedError> errors)
    {
        var (folders, stamps) = (survey.Folders, survey.Stamps);
        var entries = new List<Entry>(folders.Count);
        for (var i = 0; i < folders.Count; i++)
        {
            var folder = folders[i];
            var key = Path.GetFileName(folder);
            var stamp = stamps[i];
            stored.TryGetValue(key, out var previous);
            if (!reloadAll && previous is not null && previous.Stamp == stamp)
            {
                entries.Add(new Entry(key, folder, stamp, previous.RegionCode, previous.AgencyKey, previous.Kind, previous.Year, previous.ContentHash,
                    Changed: false, Restamp: false, previous.HasPpks));
                continue;
            }
            if (SeedReader.ReadManifest(folder, root, errors) is not { } manifest)
            {
                continue;
            }
            var hash = !reloadAll && previous is not null ? SeedReader.ContentHash(folder) : null;
            var changed = hash is null || hash != previous!.ContentHash;
            entries.Add(new Entry(key, folder, stamp, manifest.Region.Code, manifest.Agency.Key, manifest.Kind.ToUpperInvariant(), manifest.Year,
                hash, changed, Restamp: !changed, manifest.Tables.Any(t => t.Kind == TableKinds.Ppks)));
        }
        foreach (var group in entries.GroupBy(e => (e.RegionCode, e.AgencyKey, e.Kind, e.Year)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                errors.Add(new SeedError(Relative(other.Path, root) + "/document.yaml", null, "kind",
                    $"the agency already has a {group.Key.Kind} document for {group.Key.Year} ({first.Key})"));
            }
        }
        return entries;
    }

    /// <summary>
    /// The agencies to load (those with a changed document, in folder order) and the stored agencies to delete first.
    /// PPKS categories are shared by a region and owned by the agency whose row defines them first, so a touched agency
    /// with PPKS tables brings every PPKS agency of its region along.
    /// </summary>
    private static (List<Unit> Reload, List<(int Region, long Agency)> Delete) Plan(List<Unit> units, List<Entry> entries,
        Dictionary<string, StoredDocument> stored)
    {
        var current = entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var touched = units.Where(u => u.Entries.Any(e => e.Changed)).Select(u => u.Id).ToHashSet();
        foreach (var document in stored.Values)
        {
            // A document that is gone, or now belongs to another agency, changes the agency it was part of.
            if (!current.TryGetValue(document.Key, out var entry) || (entry.RegionCode, entry.AgencyKey) != (document.RegionCode, document.AgencyKey))
            {
                touched.Add((document.RegionCode, document.AgencyKey));
            }
        }
        var ppks = units.Where(u => u.Entries.Any(e => e.HasPpks)).Select(u => u.Id)
            .Concat(stored.Values.Where(d => d.HasPpks).Select(d => (d.RegionCode, d.AgencyKey))).ToHashSet();
        var ppksRegions = touched.Where(ppks.Contains).Select(t => t.Item1).ToHashSet(StringComparer.Ordinal);
        touched.UnionWith(ppks.Where(p => ppksRegions.Contains(p.Item1)));

        var delete = stored.Values.Where(d => touched.Contains((d.RegionCode, d.AgencyKey))).Select(d => (d.RegionId, d.AgencyId)).Distinct().ToList();
        return (units.Where(u => touched.Contains(u.Id)).ToList(), delete);
    }

    /// <summary>
    /// Every stored row goes (a new importer or migration, or a seed that replaces everything): a plain DELETE of each
    /// table with the per-row foreign key triggers off, as the copy runs. The cascades would look every deleted row's
    /// children up one by one, minutes for a nation. Readers still see the previous data until the run commits.
    /// </summary>
    private async Task DeleteEverythingAsync(CancellationToken ct)
    {
        var tables = db.Model.GetEntityTypes().Where(t => t.ClrType != typeof(SeedLoad)).Select(t => t.GetTableName()!).Distinct()
            .Select(t => $"DELETE FROM \"{t}\";");
        var sql = "SET LOCAL session_replication_role = replica; " + string.Join(" ", tables); // table names from the model
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    /// <summary>Deletes some agencies with the foreign key triggers on: their cascades remove every row that depends on them.</summary>
    private async Task DeleteAgenciesAsync(List<(int Region, long Agency)> agencies, CancellationToken ct)
    {
        if (agencies.Count == 0)
        {
            return;
        }
        var regionIds = agencies.Select(a => a.Region).ToArray();
        var agencyIds = agencies.Select(a => a.Agency).ToArray();
        // Documents first: a document's signatory reference would otherwise stop the cascade from the agency.
        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM documents d USING unnest(@regions, @agencies) AS a(region_id, id) WHERE d.region_id = a.region_id AND d.agency_id = a.id",
            [new NpgsqlParameter("regions", regionIds), new NpgsqlParameter("agencies", agencyIds)], ct);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE plan_nodes n SET parent_id = NULL FROM unnest(@regions, @agencies) AS a(region_id, id) WHERE n.region_id = a.region_id AND n.agency_id = a.id",
            [new NpgsqlParameter("regions", regionIds), new NpgsqlParameter("agencies", agencyIds)], ct);
        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM agencies g USING unnest(@regions, @agencies) AS a(region_id, id) WHERE g.region_id = a.region_id AND g.id = a.id",
            [new NpgsqlParameter("regions", regionIds), new NpgsqlParameter("agencies", agencyIds)], ct);
        var regions = regionIds.Distinct().ToArray();
        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM regions r WHERE r.id = ANY(@regions) AND NOT EXISTS (SELECT 1 FROM agencies a WHERE a.region_id = r.id)",
            [new NpgsqlParameter("regions", regions)], ct);
    }

    private async Task RestampAsync(List<Entry> restamp, Dictionary<string, StoredDocument> stored, CancellationToken ct)
    {
        if (restamp.Count == 0)
        {
            return;
        }
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE documents d SET seed_stamp = s.stamp FROM unnest(@regions, @keys, @stamps) AS s(region_id, key, stamp) WHERE d.region_id = s.region_id AND d.key = s.key",
            [new NpgsqlParameter("regions", restamp.Select(e => stored[e.Key].RegionId).ToArray()),
                new NpgsqlParameter("keys", restamp.Select(e => e.Key).ToArray()), new NpgsqlParameter("stamps", restamp.Select(e => e.Stamp).ToArray())], ct);
    }

    /// <summary>Where each table's ids continue: its identity sequence, which every run leaves at the largest id it wrote.</summary>
    private async Task<IdCounters> ReadIdCountersAsync(CancellationToken ct)
    {
        var maxima = new Dictionary<Type, long>();
        if (!await db.Regions.AnyAsync(ct))
        {
            // Nothing is stored (a first load, or every agency reloaded): ids start at 1, so a reload gives a fresh load's ids.
            return new IdCounters(maxima);
        }
        foreach (var (type, table) in IdentityTables())
        {
            var sql = $"SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END AS \"Value\" FROM {Sequence(table)}";
            maxima[type] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync(ct);
        }
        return new IdCounters(maxima);
    }

    private async Task AdvanceSequencesAsync(IdCounters ids, CancellationToken ct)
    {
        foreach (var (type, table) in IdentityTables())
        {
            var next = ids.Current.GetValueOrDefault(type);
            var sql = $"SELECT setval('{Sequence(table)}', {Math.Max(next, 1)}, {(next > 0 ? "true" : "false")})";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }

    private IEnumerable<(Type Type, string Table)> IdentityTables() =>
        BulkWriter.Order.Where(t => db.Model.FindEntityType(t)!.FindProperty("Id") is not null)
            .Select(t => (t, db.Model.FindEntityType(t)!.GetTableName()!));

    private static string Sequence(string table) => $"{table}_id_seq";

    /// <summary>The hash of the whole seed: every document's key and content hash, in key order.</summary>
    private static string SetHash(List<string> documents) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', documents))));

    private static string Relative(string path, string root) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
