using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.DocumentQuality;

/// <summary>A finding with its address: its row on its document's data-quality page (<c>/dokumen/KEY/#temuan-N</c>).</summary>
public sealed record FindingLink(IFindingsDocument Document, FindingData Finding, int Number)
{
    public string Anchor => FindingLinks.Anchor(Number);
    public string Href => Paths.Document(Document.Key) + "#" + Anchor;

    /// <summary>The marker a table cell showing one of the finding's figures carries: "temuan 3", linking to the finding.</summary>
    public CellFlag Flag => new($"temuan {Number}", Href, $"{Labels.FindingKind(Finding.Kind)}: {Finding.Subject}; tercetak {Finding.StatedText}, pembanding {Finding.ComparedText}");
}

/// <summary>A document with its whole list of findings, in the order its data-quality page numbers them.</summary>
public interface IFindingsDocument
{
    string Key { get; }
    string Kind { get; }
    int Year { get; }
    List<FindingData> Findings { get; }
}

/// <summary>A document row, told apart from the same table key and lines of another of the agency's documents.</summary>
public readonly record struct RowKey(string Document, string Table, int LineFrom, int LineTo);

/// <summary>Which findings touch a page's figures: those whose printed or compared figure is on a row one of the page's
/// figures comes from. Pages flag them and link to them, so a page never hides its own disagreements.</summary>
public static class FindingLinks
{
    /// <summary>The id of a finding's row on the data-quality page: its number in the document's list of findings.</summary>
    public static string Anchor(int number) => $"temuan-{number}";

    /// <summary>The checks about an indicator's figures (targets, realisations, capaian, kriteria and what the prose says
    /// of them); budget and statistics checks on the same row are about other figures printed beside the indicator.</summary>
    public static readonly IReadOnlySet<string> IndicatorKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "TARGET_ACROSS_TABLES", "PERIOD_TARGETS_VS_ANNUAL", "CAPAIAN_RECOMPUTED", "KRITERIA_RECOMPUTED", "NARRATIVE_VS_TABLES",
    };

    /// <summary>The checks about a plan node's budget figures (pagu and realisation) on its own row.</summary>
    public static readonly IReadOnlySet<string> BudgetKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "CHILDREN_BUDGET_SUM", "BUDGET_ACROSS_TABLES",
    };

    /// <summary>The checks about the statistics tables' figures (PPKS, PSKS, social aid): printed totals and percentages
    /// recomputed, the same count in two tables, and what the prose says of PPKS. Staff and budget tables never feed the
    /// statistics pages, so a finding of these kinds touches their figures only through a shown row.</summary>
    public static readonly IReadOnlySet<string> StatisticsKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "STATED_TOTAL", "PERCENTAGE_RECOMPUTED", "STATISTIC_ACROSS_TABLES", "NARRATIVE_VS_TABLES",
    };

    public static IEnumerable<FindingLink> All(IEnumerable<IFindingsDocument> documents) =>
        documents.SelectMany(d => d.Findings.Select((f, i) => new FindingLink(d, f, i + 1)));

    public static RowKey? Key(SourceRef? source) =>
        source?.Table.Document is { } document ? new RowKey(document.Key, source.Table.Key, source.LineFrom, source.LineTo) : null;

    /// <summary>A finding's row; its printed figure is in its own document when the answer does not say.</summary>
    static RowKey? Key(FindingRow? row, IFindingsDocument document) =>
        row is null ? null : new RowKey(row.Table.Document?.Key ?? document.Key, row.Table.Key, row.LineFrom, row.LineTo);

    /// <summary>The findings of the given kinds whose printed or compared figure is on one of the rows, in document order.</summary>
    public static List<FindingLink> Touching(IEnumerable<IFindingsDocument> documents, IEnumerable<RowKey> rows, IReadOnlySet<string> kinds) =>
        Touching(documents, (rows, kinds));

    /// <summary>The findings touching any group's rows with one of that group's kinds (a page showing an indicator's figures
    /// and a budget's), each once, in document order.</summary>
    public static List<FindingLink> Touching(IEnumerable<IFindingsDocument> documents, params (IEnumerable<RowKey> Rows, IReadOnlySet<string> Kinds)[] groups)
    {
        var sets = groups.Select(g => (Rows: g.Rows.ToHashSet(), g.Kinds)).ToList();
        return All(documents)
            .Where(l => sets.Any(g => g.Kinds.Contains(l.Finding.Kind) && (On(l.Finding.StatedRow, l.Document, g.Rows) || On(l.Finding.ComparedRow, l.Document, g.Rows))))
            .ToList();
    }

    static bool On(FindingRow? row, IFindingsDocument document, HashSet<RowKey> rows) => Key(row, document) is { } key && rows.Contains(key);

    /// <summary>A page's findings by the rows their figures are on (<see cref="FindingsByRow"/>).</summary>
    public static FindingsByRow ByRow(IEnumerable<IFindingsDocument> documents) => new(All(documents));

    /// <summary>A finding's rows: its printed figure's, and its compared figure's when that is another.</summary>
    internal static IEnumerable<RowKey> Rows(FindingLink link) =>
        new[] { Key(link.Finding.StatedRow, link.Document), Key(link.Finding.ComparedRow, link.Document) }.OfType<RowKey>().Distinct();
}

/// <summary>A page's findings by row, in document order under each. Each of a statistics page's thousands of aid figures
/// used to look through every finding of its documents: making one region's six statistics pages took 2.5 s at 2,000
/// documents, and the stage of a rebuild that renders them went from 4.4-5.3 s to 3.0 s with this lookup.</summary>
public sealed class FindingsByRow
{
    public static readonly FindingsByRow None = new([]);

    readonly ILookup<RowKey, FindingLink> _byRow;

    public FindingsByRow(IEnumerable<FindingLink> findings) =>
        _byRow = findings.SelectMany(l => FindingLinks.Rows(l).Select(row => (Row: row, Link: l))).ToLookup(p => p.Row, p => p.Link);

    /// <summary>The findings (of the given kinds) with a figure on the row a shown figure comes from: the markers of the
    /// figure's cell.</summary>
    public List<CellFlag> On(SourceRef? source, IReadOnlySet<string> kinds) =>
        FindingLinks.Key(source) is { } key ? _byRow[key].Where(l => kinds.Contains(l.Finding.Kind)).Select(l => l.Flag).ToList() : [];
}
