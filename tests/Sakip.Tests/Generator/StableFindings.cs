using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;
using Sakip.Api.Reconciliation;

namespace Sakip.Tests.Generator;

/// <summary>A finding on its stable fields: the check, the document, and the table, source line and row label of the stated figure.</summary>
public sealed record StableFinding(FindingKind Kind, string Document, string Table, string Line, string? Row, string Stated);

public static class StableFindings
{
    public static async Task<List<StableFinding>> ReadAsync(SakipDbContext context)
    {
        await using var db = context;
        var rows = await (from f in db.Findings.AsNoTracking()
                          join d in db.Documents.AsNoTracking() on f.DocumentId equals d.Id
                          join r in db.SourceRows.AsNoTracking() on f.StatedSourceRowId equals r.Id
                          join t in db.SourceTables.AsNoTracking() on r.SourceTableId equals t.Id
                          select new { f.Kind, Document = d.Key, Table = t.Key, r.LineFrom, r.LineTo, r.Label, f.StatedText })
            .ToListAsync();
        return rows.Select(x => new StableFinding(x.Kind, x.Document, x.Table, x.LineFrom == x.LineTo ? $"{x.LineFrom}" : $"{x.LineFrom}-{x.LineTo}", x.Label, x.StatedText))
            .ToList();
    }
}
