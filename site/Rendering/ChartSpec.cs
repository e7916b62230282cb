namespace Sakip.Site.Rendering;

/// <summary>A chart drawn from columns of a <see cref="DataTable"/>: the headline states its message, the summary says
/// it in words, and the table under it carries the same numbers for readers who cannot see the chart.</summary>
public sealed record ChartSpec(
    string Id,
    string Headline,
    string Summary,
    DataTable Table,
    string LabelColumn,
    IReadOnlyList<string> SeriesColumns,
    ChartKind Kind = ChartKind.Bar)
{
    /// <summary>The chart's data as the browser script reads it: labels, one series per column, the number format.</summary>
    /// <remarks>Total rows (<see cref="DataRow.Emphasis"/>) stay in the table and out of the chart.</remarks>
    public object ToConfig()
    {
        var rows = Table.Rows.Where(r => !r.Emphasis).ToList();
        var label = Table.IndexOf(LabelColumn);
        var series = SeriesColumns.Select(Table.IndexOf).ToList();
        var kind = Table.Columns[series[0]].Kind;
        return new
        {
            type = Kind switch { ChartKind.Line => "line", _ => "bar" },
            horizontal = Kind == ChartKind.HorizontalBar,
            format = kind.ToString().ToLowerInvariant(),
            labels = rows.Select(r => r.Cells[label].Text).ToList(),
            datasets = series.Select(i => new
            {
                label = Table.Columns[i].Header,
                data = rows.Select(r => r.Cells[i].Value is { } v ? DataTable.Exact(v) : (decimal?)null).ToList(),
            }).ToList(),
        };
    }
}

public enum ChartKind { Bar, HorizontalBar, Line }
