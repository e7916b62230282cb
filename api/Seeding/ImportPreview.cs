using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Api.Seeding;

/// <summary>
/// What a load would change, read inside its transaction before it is rolled back (<c>import --check</c>): the documents,
/// tables and rows added, changed and removed, the capaian of every indicator of the agencies it reloads, and the findings
/// that would appear or go. Nothing of it is committed.
/// </summary>
public sealed class ImportPreview
{
    public sealed record DocumentState(string Key, string Region, string Agency, string Kind, int Year, int Rows, string ContentHash, IReadOnlyDictionary<string, int> Tables);

    /// <summary>A source row of a reloaded document: its table, position and cells as stored (JSON).</summary>
    public sealed record RowState(string Document, string Table, int Ordinal, string Cells);

    public sealed record FindingState(string Document, string Kind, string Subject, string Stated, string Compared, string Source);

    public sealed record CapaianRow(string Region, string Agency, string Indicator, string Name, int Year, string State, decimal? Value,
        string? Kriteria, string? PublishedKriteria, string Trace);

    public IReadOnlyDictionary<string, DocumentState> Before { get; private set; } = new Dictionary<string, DocumentState>();
    public IReadOnlyDictionary<string, DocumentState> After { get; private set; } = new Dictionary<string, DocumentState>();
    public IReadOnlyList<FindingState> FindingsBefore { get; private set; } = [];
    public IReadOnlyList<FindingState> FindingsAfter { get; private set; } = [];
    public IReadOnlyList<CapaianRow> Capaian { get; private set; } = [];
    public IReadOnlyList<RowState> RowsBefore { get; private set; } = [];
    public IReadOnlyDictionary<string, string> PoliciesBefore { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> PoliciesAfter { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<RowState> RowsAfter { get; private set; } = [];

    public IEnumerable<DocumentState> Added => After.Values.Where(d => !Before.ContainsKey(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal);
    public IEnumerable<DocumentState> Removed => Before.Values.Where(d => !After.ContainsKey(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal);
    public IEnumerable<(DocumentState Before, DocumentState After)> Changed => After.Values
        .Where(d => Before.TryGetValue(d.Key, out var b) && b.ContentHash != d.ContentHash)
        .OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => (Before[d.Key], d));
    public IEnumerable<FindingState> NewFindings => FindingsAfter.Except(FindingsBefore);
    public IEnumerable<FindingState> GoneFindings => FindingsBefore.Except(FindingsAfter);

    /// <summary>Findings of the whole database after the load (those of untouched documents do not change).</summary>
    public int FindingsTotal { get; private set; }

    /// <summary>
    /// The documents (all of them, a few numbers each) and, of the documents the load touches (reloads or removes), the
    /// tables, rows and findings, before the load changes anything: what a preview costs grows with the change, not the nation.
    /// </summary>
    internal async Task ReadBeforeAsync(SakipDbContext db, IReadOnlyCollection<string> touched, CancellationToken ct)
    {
        Before = await DocumentsAsync(db, touched, ct);
        FindingsBefore = await FindingsAsync(db, touched, ct);
        RowsBefore = await RowsAsync(db, touched, ct);
        PoliciesBefore = await PoliciesAsync(db, ct);
    }

    /// <summary>The same after the load, in its transaction, with the capaian of the agencies it reloaded.</summary>
    internal async Task ReadAfterAsync(SakipDbContext db, IEnumerable<(string Region, string Agency)> reloaded, IReadOnlyCollection<string> documents, CancellationToken ct)
    {
        After = await DocumentsAsync(db, documents, ct);
        FindingsAfter = await FindingsAsync(db, documents, ct);
        FindingsTotal = await db.Findings.CountAsync(ct);
        RowsAfter = await RowsAsync(db, documents, ct);
        PoliciesAfter = await PoliciesAsync(db, ct);
        var agencies = reloaded.Select(a => a.Region + "/" + a.Agency).ToList();
        Capaian = (await (from c in db.IndicatorCapaian.AsNoTracking()
                          join i in db.Indicators on new { c.RegionId, Id = c.IndicatorId } equals new { i.RegionId, i.Id }
                          join a in db.Agencies on new { i.RegionId, Id = i.AgencyId } equals new { a.RegionId, a.Id }
                          join r in db.Regions on a.RegionId equals r.Id
                          where agencies.Contains(r.Code + "/" + a.Key)
                          select new CapaianRow(r.Code, a.Key, i.Key, i.Name, c.Year, c.State.ToString(), c.Value, c.Kriteria, c.PublishedKriteria, c.Trace))
                .ToListAsync(ct))
            .OrderBy(c => c.Region, StringComparer.Ordinal).ThenBy(c => c.Agency, StringComparer.Ordinal).ThenBy(c => c.Indicator, StringComparer.Ordinal)
            .ThenBy(c => c.Year).ToList();
    }

    private static async Task<Dictionary<string, DocumentState>> DocumentsAsync(SakipDbContext db, IReadOnlyCollection<string> touched, CancellationToken ct)
    {
        var documents = await (from d in db.Documents.AsNoTracking()
                               join r in db.Regions on d.RegionId equals r.Id
                               join a in db.Agencies on new { d.RegionId, Id = d.AgencyId } equals new { a.RegionId, a.Id }
                               select new { d.RegionId, d.Id, d.Key, r.Code, Agency = a.Key, d.Kind, d.Year, d.Rows, d.ContentHash })
            .ToListAsync(ct);
        var ids = documents.Where(d => touched.Contains(d.Key)).Select(d => d.Id).ToList();
        var regions = documents.Where(d => touched.Contains(d.Key)).Select(d => d.RegionId).Distinct().ToList();
        var tables = (await db.SourceTables.AsNoTracking()
                .Where(t => regions.Contains(t.RegionId) && ids.Contains(t.DocumentId))
                .Select(t => new { t.RegionId, t.DocumentId, t.Key, Rows = db.SourceRows.Count(r => r.RegionId == t.RegionId && r.SourceTableId == t.Id) })
                .ToListAsync(ct))
            .GroupBy(t => (t.RegionId, t.DocumentId))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(t => t.Key, t => t.Rows, StringComparer.Ordinal));
        return documents.ToDictionary(d => d.Key, d => new DocumentState(d.Key, d.Code, d.Agency, d.Kind.ToString().ToUpperInvariant(), d.Year, d.Rows, d.ContentHash,
            tables.GetValueOrDefault((d.RegionId, d.Id)) ?? new Dictionary<string, int>()), StringComparer.Ordinal);
    }

    /// <summary>Each region's policies in words (code and name: scale, classes, cap), to show the new and the changed.</summary>
    private static async Task<Dictionary<string, string>> PoliciesAsync(SakipDbContext db, CancellationToken ct) =>
        (await (from s in db.RegionCapaianScales.AsNoTracking()
                join r in db.Regions on s.RegionId equals r.Id
                select new { r.Code, r.Name, Scale = s })
            .ToListAsync(ct))
        .ToDictionary(x => x.Code, x => Policy(x.Name, x.Scale.ToScale()), StringComparer.Ordinal);

    private static string Policy(string region, Sakip.Core.Capaian.CapaianScale scale) =>
        $"{region}: scale '{scale.Name}' ("
        + string.Join("; ", scale.Classes.Select(c => c.From is null ? c.Label : $"{c.Label} {(c.Above ? "above" : "from")} {Number(c.From.Value)}"))
        + ")" + (scale.Cap is { } cap ? $", capaian capped at {Number(cap)}%" : ", no capaian cap");

    private static async Task<List<RowState>> RowsAsync(SakipDbContext db, IReadOnlyCollection<string> documents, CancellationToken ct) =>
        (await (from r in db.SourceRows.AsNoTracking()
                join t in db.SourceTables on new { r.RegionId, Id = r.SourceTableId } equals new { t.RegionId, t.Id }
                join d in db.Documents on new { t.RegionId, Id = t.DocumentId } equals new { d.RegionId, d.Id }
                where documents.Contains(d.Key)
                select new { Document = d.Key, Table = t.Key, r.Ordinal, r.Cells })
            .ToListAsync(ct))
        .Select(r => new RowState(r.Document, r.Table, r.Ordinal, r.Cells.RootElement.GetRawText()))
        .ToList();

    private static async Task<List<FindingState>> FindingsAsync(SakipDbContext db, IReadOnlyCollection<string> touched, CancellationToken ct) =>
        (await (from f in db.Findings.AsNoTracking()
                join d in db.Documents on new { f.RegionId, Id = f.DocumentId } equals new { d.RegionId, d.Id }
                where touched.Contains(d.Key)
                select new { Document = d.Key, f.Kind, f.Subject, f.StatedText, f.ComparedText, f.StatedSource })
            .ToListAsync(ct))
        .Select(f => new FindingState(f.Document, f.Kind.ToString(), f.Subject, f.StatedText, f.ComparedText, f.StatedSource))
        .ToList();

    private static Dictionary<int, string> Cells(IReadOnlyList<RowState> rows, string document, string table) =>
        rows.Where(r => r.Document == document && r.Table == table).ToDictionary(r => r.Ordinal, r => r.Cells);

    /// <summary>The preview as the import command prints it.</summary>
    public void Write(TextWriter output)
    {
        var added = Added.ToList();
        var changed = Changed.ToList();
        var removed = Removed.ToList();
        output.WriteLine($"Documents: {added.Count} added, {changed.Count} changed, {removed.Count} removed, "
            + $"{After.Count - added.Count - changed.Count} unchanged.");
        foreach (var d in added)
        {
            output.WriteLine($"  + {d.Key} ({d.Kind} {d.Year}, region {d.Region}, agency {d.Agency}): {d.Tables.Count} tables, {d.Rows} rows");
            foreach (var (table, rows) in d.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"      + table {table}: {rows} rows");
            }
        }
        foreach (var (before, after) in changed)
        {
            output.WriteLine($"  ~ {after.Key}: {before.Rows} -> {after.Rows} rows");
            var tablesChanged = false;
            foreach (var table in before.Tables.Keys.Union(after.Tables.Keys).Order(StringComparer.Ordinal))
            {
                var (was, now) = (before.Tables.GetValueOrDefault(table, -1), after.Tables.GetValueOrDefault(table, -1));
                var (oldRows, newRows) = (Cells(RowsBefore, after.Key, table), Cells(RowsAfter, after.Key, table));
                var (plus, minus, edited) = (newRows.Keys.Except(oldRows.Keys).Count(), oldRows.Keys.Except(newRows.Keys).Count(),
                    newRows.Keys.Intersect(oldRows.Keys).Count(k => oldRows[k] != newRows[k]));
                if (was < 0 || now < 0 || plus + minus + edited > 0)
                {
                    tablesChanged = true;
                    output.WriteLine(was < 0 ? $"      + table {table}: {now} rows" : now < 0 ? $"      - table {table}: {was} rows"
                        : $"      ~ table {table}: {plus} rows added, {minus} removed, {edited} changed ({was} -> {now} rows)");
                }
            }
            if (!tablesChanged)
            {
                output.WriteLine("      the same tables and rows; the files differ elsewhere (document.yaml, a comment, the source text)");
            }
        }
        foreach (var d in removed)
        {
            output.WriteLine($"  - {d.Key} ({d.Kind} {d.Year}): {d.Tables.Count} tables, {d.Rows} rows");
        }

        foreach (var (code, policy) in PoliciesAfter.Where(p => PoliciesBefore.GetValueOrDefault(p.Key) != p.Value).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {(PoliciesBefore.ContainsKey(code) ? "~" : "+")} region {code} {policy}");
        }

        output.WriteLine();
        output.WriteLine($"Capaian of the indicators of the agencies loaded ({Capaian.Count}):");
        foreach (var c in Capaian)
        {
            var value = c.Value is { } v ? Percent(v) : "not computed";
            var kriteria = c.Kriteria is null ? "" : $", {c.Kriteria}" + (c.PublishedKriteria is { } p && !string.Equals(p.Trim(), c.Kriteria, StringComparison.OrdinalIgnoreCase)
                ? $" (printed: {p})" : "");
            output.WriteLine($"  {c.Region} {c.Agency} {c.Year} {c.Indicator}: {value}{kriteria}  [{c.Trace}]");
        }

        var fresh = NewFindings.ToList();
        var gone = GoneFindings.ToList();
        output.WriteLine();
        output.WriteLine($"Findings: {fresh.Count} new, {gone.Count} gone, {FindingsTotal} in all after the import.");
        foreach (var f in fresh)
        {
            output.WriteLine($"  + {f.Document} {f.Kind}: {f.Subject}: stated {f.Stated} ({f.Source}), compared {f.Compared}");
        }
        foreach (var f in gone)
        {
            output.WriteLine($"  - {f.Document} {f.Kind}: {f.Subject}: stated {f.Stated}, compared {f.Compared}");
        }
    }
}
