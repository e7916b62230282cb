using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Api.Reconciliation;

/// <summary>Prints the stored findings, per document and kind, each with both figures and their sources.</summary>
public static class ReconciliationReport
{
    public static async Task WriteAsync(SakipDbContext db, TextWriter output, CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking().OrderBy(d => d.Key).Select(d => new { d.Id, d.Key, d.Title }).ToListAsync(ct);
        var findings = await db.Findings.AsNoTracking().OrderBy(f => f.Id).ToListAsync(ct);
        var load = await db.SeedLoads.AsNoTracking().OrderByDescending(l => l.Id).FirstOrDefaultAsync(ct);
        await output.WriteLineAsync($"Reconciliation: {findings.Count} disagreement(s) in {documents.Count} document(s), "
            + $"from {load?.Checks ?? 0} comparisons of the seed loaded {load?.LoadedAt:u}.");
        await output.WriteLineAsync("Figures are written the Indonesian way; 'stated' is the figure as published, 'compared' the figure it disagrees with.");
        foreach (var document in documents)
        {
            var own = findings.Where(f => f.DocumentId == document.Id).ToList();
            await output.WriteLineAsync();
            await output.WriteLineAsync($"== {document.Key}: {document.Title} ({own.Count})");
            foreach (var kind in own.GroupBy(f => f.Kind).OrderBy(g => g.Key))
            {
                await output.WriteLineAsync();
                await output.WriteLineAsync($"-- {kind.Key} ({kind.Count()})");
                foreach (var f in kind)
                {
                    await output.WriteLineAsync($"* {f.Subject}");
                    await output.WriteLineAsync($"    stated:   {f.StatedText,-20} {f.StatedSource}");
                    await output.WriteLineAsync($"    compared: {f.ComparedText,-20} {f.ComparedSource}");
                    if (f.Difference is { } d)
                    {
                        await output.WriteLineAsync($"    difference: {Number(d, 4)}");
                    }
                }
            }
        }
    }
}
