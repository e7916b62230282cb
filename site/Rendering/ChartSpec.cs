using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sakip.Site.Rendering;

/// <summary>A chart drawn from columns of a <see cref="DataTable"/>: the headline states its message, the summary says
/// it in words, and the table under it carries the same numbers for readers who cannot see the chart.</summary>
/// <remarks>The encoding follows the data: bars are sorted (unless their order means something, as months do), a
/// category that would flatten the others is drawn in a panel of its own (<see cref="Panels"/>), a target is drawn as
/// a line, a class column colours and patterns each bar and names its class in the bar's label, and labels are wrapped
/// into lines (<see cref="ChartLabels.Wrap"/>), never cut.</remarks>
public sealed record ChartSpec(
    string Id,
    string Headline,
    string Summary,
    DataTable Table,
    string LabelColumn,
    IReadOnlyList<string> SeriesColumns,
    ChartKind Kind = ChartKind.Bar)
{
    /// <summary>The order of the bars; by default horizontal bars are sorted largest first and other charts keep the
    /// table's order (months, years, kecamatan as printed).</summary>
    public ChartOrder? Order { get; init; }

    /// <summary>A reference value drawn as a line across the bars, e.g. the 100% a capaian is measured against.</summary>
    public ChartTarget? Target { get; init; }

    /// <summary>A text column naming each row's class (the capaian kriteria), and the classes in their order on the
    /// scale (best first): each class gets its own colour and pattern, and its name is the bar label's last line.</summary>
    public string? ClassColumn { get; init; }
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>Whether a category that dwarfs the others may be drawn in a panel of its own (counts and amounts only;
    /// percentages share one scale with their target).</summary>
    public bool SplitDominant { get; init; } = true;

    public ChartOrder EffectiveOrder => Order ?? (Kind == ChartKind.HorizontalBar ? ChartOrder.Descending : ChartOrder.AsGiven);

    ValueKind SeriesKind => Table.Columns[Table.IndexOf(SeriesColumns[0])].Kind;

    /// <summary>The rows the chart draws, in the order it draws them. Total rows (<see cref="DataRow.Emphasis"/>) stay in
    /// the table and out of the chart.</summary>
    public IReadOnlyList<DataRow> DrawnRows()
    {
        var rows = Table.Rows.Where(r => !r.Emphasis).ToList();
        var first = Table.IndexOf(SeriesColumns[0]);
        // A stable sort: equal values keep the table's order; rows without a value go last.
        return EffectiveOrder switch
        {
            ChartOrder.Descending => rows.OrderBy(r => r.Cells[first].Value is null).ThenByDescending(r => r.Cells[first].Value ?? 0).ToList(),
            ChartOrder.Ascending => rows.OrderBy(r => r.Cells[first].Value is null).ThenBy(r => r.Cells[first].Value ?? 0).ToList(),
            _ => rows,
        };
    }

    /// <summary>One panel, or two when the largest categories dwarf the rest (<see cref="DominantSplit"/>): the dominant
    /// categories first, then the others on a scale of their own, each panel titled with what it holds and its scale.</summary>
    public IReadOnlyList<ChartPanel> Panels()
    {
        var rows = DrawnRows();
        var first = Table.IndexOf(SeriesColumns[0]);
        var dominant = SplitDominant && Kind != ChartKind.Line && EffectiveOrder == ChartOrder.Descending && SeriesKind != ValueKind.Percent
            ? DominantSplit.Count(rows.Select(r => r.Cells[first].Value ?? 0).ToList())
            : 0;
        if (dominant == 0) return [new ChartPanel(Id, null, rows)];

        var label = Table.IndexOf(LabelColumn);
        var header = Table.Columns[first].Header.ToLowerInvariant();
        var big = rows.Take(dominant).ToList();
        var rest = rows.Skip(dominant).ToList();
        var names = string.Join(" dan ", big.Select(r => r.Cells[label].Text));
        return
        [
            new ChartPanel(Id + "-dominan", $"Panel 1 dari 2: {names}, {header} {Write(big[0].Cells[first].Value)}", big),
            new ChartPanel(Id + "-lainnya",
                $"Panel 2 dari 2: {rest.Count} kategori lain tanpa {names}, dengan skala sendiri " +
                $"(terbesar {Write(rest[0].Cells[first].Value)}, {Share(rest[0].Cells[first].Value, big[^1].Cells[first].Value)} dari {Write(big[^1].Cells[first].Value)})", rest),
        ];
    }

    /// <summary>Why a chart has two panels, in words, for the reader who sees them (null for one panel).</summary>
    public static string? PanelNote(IReadOnlyList<ChartPanel> panels) => panels.Count < 2 ? null :
        $"Grafik ini dibagi dua panel karena {panels[0].Rows.Count switch { 1 => "satu kategori", _ => $"{panels[0].Rows.Count} kategori" }} " +
        "jauh lebih besar dari yang lain: pada satu skala, sebagian besar batang lain hampir tak terlihat. " +
        "Panel kedua memakai skalanya sendiri; bandingkan panjang batang hanya di dalam satu panel, dan angka semuanya pada tabel di bawah.";

    string Write(decimal? value) => SeriesKind.Write(value);

    static string Share(decimal? part, decimal? whole) =>
        part is { } p && whole is { } w && w != 0 ? Format.Percent(p / w * 100) : Format.Missing;

    /// <summary>The chart's data as the browser script reads it: labels (each a list of lines), one series per column,
    /// the number format, the target line as a line dataset, and each bar's class.</summary>
    public ChartConfig ToConfig() => ToConfig(Panels()[0]);

    public ChartConfig ToConfig(ChartPanel panel)
    {
        var rows = panel.Rows;
        var label = Table.IndexOf(LabelColumn);
        var series = SeriesColumns.Select(Table.IndexOf).ToList();
        var classColumn = ClassColumn is null ? -1 : Table.IndexOf(ClassColumn);
        var classOf = rows.Select(r => classColumn < 0 ? -1 : ClassIndex(r.Cells[classColumn].Text)).ToList();
        var datasets = series.Select(i => new ChartDataset(
            Table.Columns[i].Header,
            rows.Select(r => r.Cells[i].Value is { } v ? DataTable.Exact(v) : (decimal?)null).ToList())).ToList();
        if (Target is { } target)
            datasets.Add(new ChartDataset(target.Label, rows.Select(_ => (decimal?)DataTable.Exact(target.Value)).ToList(), Target: true));
        return new ChartConfig(
            Kind switch { ChartKind.Line => "line", _ => "bar" },
            Kind == ChartKind.HorizontalBar,
            SeriesKind.ToString().ToLowerInvariant(),
            ChartLabels.Width,
            rows.Select((r, n) => Label(r.Cells[label].Text, classOf[n] >= 0 ? r.Cells[classColumn].Text : null)).ToList(),
            datasets,
            classColumn < 0 ? null : Classes,
            classColumn < 0 ? null : classOf);
    }

    /// <summary>A bar's label as lines: the name wrapped, then its class (when the chart has classes) on a line of its own.</summary>
    static IReadOnlyList<string> Label(string text, string? @class) =>
        @class is null ? ChartLabels.Wrap(text) : [.. ChartLabels.Wrap(text), .. ChartLabels.Wrap($"({@class})")];

    int ClassIndex(string text)
    {
        for (var i = 0; i < Classes.Count; i++)
            if (string.Equals(text, Classes[i], StringComparison.OrdinalIgnoreCase) || text.StartsWith(Classes[i] + " (", StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }
}

public enum ChartKind { Bar, HorizontalBar, Line }

public enum ChartOrder { AsGiven, Descending, Ascending }

/// <summary>A reference value drawn as a line, e.g. <c>new ChartTarget(100, "Target 100%")</c>.</summary>
public sealed record ChartTarget(decimal Value, string Label);

/// <summary>One canvas of a chart: its own element id, a title when the chart has more than one panel, and its rows.</summary>
public sealed record ChartPanel(string Id, string? Title, IReadOnlyList<DataRow> Rows)
{
    /// <summary>The most lines any of its labels wraps into, for the canvas height.</summary>
    public int LabelLines(int labelColumn) => Rows.Count == 0 ? 1 : Rows.Max(r => ChartLabels.Wrap(r.Cells[labelColumn].Text).Count);
}

/// <summary>What <c>site.js</c> reads from a canvas's <c>data-chart</c> (as camelCase JSON, <see cref="ToJson"/>):
/// <paramref name="Wrap"/> is the most characters a label line has, which the script narrows on small screens.</summary>
public sealed record ChartConfig(
    string Type,
    bool Horizontal,
    string Format,
    int Wrap,
    IReadOnlyList<IReadOnlyList<string>> Labels,
    IReadOnlyList<ChartDataset> Datasets,
    IReadOnlyList<string>? Classes,
    IReadOnlyList<int>? ClassOf)
{
    static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

/// <summary>One series; <paramref name="Target"/> marks the reference line (drawn as a dashed line, not a bar).</summary>
public sealed record ChartDataset(string Label, IReadOnlyList<decimal?> Data, bool Target = false);
