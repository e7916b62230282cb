using System.Text.Json;
using Sakip.Api.Budgets;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Plan;
using Sakip.Api.Seeding;
using Sakip.Api.Statistics;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Api.Reconciliation;

/// <summary>The outcome of a reconciliation: how many comparisons were made (in all, and per document), and the disagreements found.</summary>
public sealed record ReconciliationResult(int Checks, IReadOnlyDictionary<long, int> ChecksByDocument, IReadOnlyList<Finding> Findings);

/// <summary>
/// What one reconciliation covers: the rows of one agency's documents (every check compares figures of one agency, whose
/// documents share its plan tree and indicators), as the loader has just built them, keys and references set.
/// </summary>
public sealed record ReconcileInput(
    IReadOnlyList<Document> Documents,
    IReadOnlyList<SourceTable> Tables,
    IReadOnlyList<SourceRow> Rows,
    IReadOnlyList<PlanNode> Nodes,
    IReadOnlyList<BudgetFigure> Budgets,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<IndicatorFigure> IndicatorFigures,
    IReadOnlyList<PpksFigure> Ppks,
    IReadOnlyList<AidFigure> Aid,
    IReadOnlyList<StaffCount> Staff,
    IReadOnlyList<StatedTotal> StatedTotals)
{
    /// <summary>The region's capaian scale and cap (a capaian printed at the region's cap agrees with its capped recomputation).</summary>
    public Sakip.Core.Capaian.CapaianScale? Scale { get; init; }
}

/// <summary>
/// Computes every check the stored figures allow and returns each disagreement with both figures and their
/// sources, from one agency's rows in memory (no database: the loader runs it before it copies them). Figures are compared as published: a printed percentage agrees with a computed one when they differ by
/// less than one unit of the printed figure's last decimal.
/// </summary>
public sealed partial class Reconciler(ReconcileInput input)
{
    private sealed record TableInfo(long Id, int RegionId, long DocumentId, string DocumentKey, string Key, string? Number, int Ordinal, string Kind);

    private sealed record RowInfo(long Id, long TableId, string? Label, int LineFrom, int LineTo, bool IsTotal, int Ordinal, JsonDocument Cells);

    private sealed record Value(decimal? Number, string? Grade, string Published, long RowId, long TableId)
    {
        public bool IsNumber => Number is not null && Grade is null;
    }

    private readonly List<Finding> _findings = [];
    private Dictionary<long, TableInfo> _tables = [];
    private Dictionary<long, RowInfo> _rows = [];
    private readonly Dictionary<long, int> _checks = [];

    public ReconciliationResult Run()
    {
        var documents = input.Documents.ToDictionary(d => d.Id, d => d.Key);
        _tables = input.Tables.ToDictionary(t => t.Id,
            t => new TableInfo(t.Id, t.RegionId, t.DocumentId, documents[t.DocumentId], t.Key, t.Number, t.Ordinal, t.Kind));
        _rows = input.Rows.ToDictionary(r => r.Id, r => new RowInfo(r.Id, r.SourceTableId, r.Label, r.LineFrom, r.LineTo, r.IsTotal, r.Ordinal, r.Cells));

        CheckBudgets();
        CheckIndicators();
        CheckStatedTotals();
        CheckPercentages();
        CheckStatisticsAcrossTables();
        CheckNarrative();
        return new ReconciliationResult(_checks.Values.Sum(), _checks, _findings);
    }

    /// <summary>"seruyan-rak-2026/T2.6 L785 (row 4.)": document, table, line and printed row label.</summary>
    private string Source(long rowId)
    {
        var row = _rows[rowId];
        var table = _tables[row.TableId];
        var lines = row.LineFrom == row.LineTo ? $"L{row.LineFrom}" : $"L{row.LineFrom}-{row.LineTo}";
        return $"{table.DocumentKey}/{table.Key} {lines}" + (row.Label is null ? "" : $" (baris {row.Label})");
    }

    private static string LevelName(PlanLevel level) => level switch
    {
        PlanLevel.RpjmdTujuan => "Tujuan RPJMD",
        PlanLevel.RpjmdSasaran => "Sasaran RPJMD",
        PlanLevel.SubKegiatan => "Sub Kegiatan",
        _ => level.ToString(),
    };

    private static string AidMeasureName(AidMeasure measure) => measure switch
    {
        AidMeasure.Recipients => "penerima",
        AidMeasure.Delivered => "tersalur",
        AidMeasure.DeliveredPercent => "persentase tersalur",
        AidMeasure.Undelivered => "tidak tersalur",
        AidMeasure.UndeliveredPercent => "persentase tidak tersalur",
        AidMeasure.Amount => "nominal",
        _ => measure.ToString(),
    };

    private static string DimensionName(string dimension) => dimension.Replace('-', ' ');

    private string Lines(IEnumerable<long> rowIds) =>
        string.Join(", ", rowIds.Select(id => _rows[id]).OrderBy(r => r.LineFrom).Select(r => $"L{r.LineFrom}").Distinct());

    /// <summary>Records a comparison; adds a finding when the figures disagree.</summary>
    private void Compare(long documentId, FindingKind kind, string subject, Value stated, decimal? compared, string comparedText,
        string comparedSource, long? comparedRowId, bool agree)
    {
        _checks[documentId] = _checks.GetValueOrDefault(documentId) + 1;
        if (agree)
        {
            return;
        }
        _findings.Add(new Finding
        {
            RegionId = _tables[stated.TableId].RegionId,
            DocumentId = documentId,
            Kind = kind,
            Subject = subject,
            StatedValue = stated.Number,
            StatedText = stated.Published,
            StatedSource = Source(stated.RowId),
            StatedSourceRowId = stated.RowId,
            ComparedValue = compared,
            ComparedText = comparedText,
            ComparedSource = comparedSource,
            ComparedSourceRowId = comparedRowId,
            Difference = Sakip.Core.Figures.Difference.Of(stated.Number, compared),
        });
    }

    /// <summary>Two published figures agree when their numbers are equal, or their grades are (a score may be missing on one side).</summary>
    private static bool Same(Value a, Value b) =>
        a.Grade is not null || b.Grade is not null
            ? a.Grade == b.Grade && (a.Number is null || b.Number is null || a.Number == b.Number)
            : a.Number == b.Number;

    /// <summary>A printed figure agrees with a computed one within one unit of its last printed decimal.</summary>
    private static bool AgreesWithin(Value printed, decimal computed) =>
        printed.Number is { } p && Math.Abs(p - computed) < Unit(printed.Published);

    private static decimal Unit(string published)
    {
        var text = published.TrimEnd('%', ' ');
        var mark = text.LastIndexOf(',');
        if (mark < 0 && text.Count(c => c == '.') == 1 && text.Length - text.IndexOf('.') - 1 != 3)
        {
            mark = text.IndexOf('.');
        }
        var decimals = mark < 0 ? 0 : text.Length - mark - 1;
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10;
        }
        return unit;
    }

    private long DocumentOf(long tableId) => _tables[tableId].DocumentId;

    private static Value ToValue(Figure f, long rowId, long tableId) => new(f.Value, f.Grade, f.Published, rowId, tableId);

    private static Figure ToFigure(Value v) => new() { State = FigureState.Reported, Value = v.Number, Grade = v.Grade, Published = v.Published };

    private static string Show(decimal value, bool money) => money ? Number(value) : Number(value, 4);

    private static Figure? CellFigure(RowInfo row, string column) =>
        row.Cells.RootElement.TryGetProperty(column, out var cell) ? FigureParser.Parse(cell.GetString(), out _) : null;
}
