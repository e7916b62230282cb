using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Plan;

// The plan tree as the RAK, LKjIP and performance-versus-budget queries return it: a flat list of nodes in document
// order, each naming its parent, which PlanTree puts back in tree order.

public sealed record PlanNodeData(
    string Key, string Level, string? Code, string Name, string? Goal, KeyRef? Parent, NameRef? Unit,
    List<PlanIndicatorData> Indicators, NodeBudgetData? Budget, SourceRef Source, List<ContributionData>? ContributesTo = null)
{
    public string Label => (Code is { Length: > 0 } ? Code + " " : "") + Name;
}

public sealed record KeyRef(string Key);

/// <summary>An indicator the document lists the node under (a PK's program column), with that row.</summary>
public sealed record ContributionData(KeyRef Indicator, SourceRef Source);

public sealed record NameRef(string Name);

public sealed record PlanIndicatorData(
    string Key, string Name, string? Unit, string Kind, string? Aggregation,
    List<PeriodFigure>? Targets, CapaianData? Capaian, List<OfficialData>? ResponsibleOfficials);

public sealed record OfficialData(string Position, string? Name, string? Rank, string? Nip);

/// <summary>A published figure of a year, quarter or month.</summary>
public sealed record PeriodFigure(string PeriodKind, int PeriodNo, string State, decimal? Value, string? Grade, string? Published, string? Reason, SourceRef Source)
    : IPublishedFigure
{
    public bool Reported => State == "REPORTED";
    /// <summary>The figure in the Indonesian notation of its kind (a grade as printed), or why there is none.</summary>
    public string Shown(ValueKind kind) => Reported ? Notation.Of(kind, Value, Grade, Published) : Labels.Absent(State, Reason);
    SourceRef? IPublishedFigure.Source => Source;
}

public sealed record CapaianData(
    int Year, PeriodFigure? Target, PeriodFigure? Realisation, PeriodFigure? Reported, string State, decimal? Value,
    string? Category, string Formula, string Trace, decimal? Difference, string? Kriteria = null, string? PublishedKriteria = null)
{
    /// <summary>The class in words: the Permendagri category's label, or the region's own kriteria on another scale.</summary>
    public string Label => Kriteria is null || string.Equals(Labels.Category(Category), Kriteria, StringComparison.OrdinalIgnoreCase)
        ? Labels.Category(Category) : Kriteria;

    /// <summary>The class in words with a printed kriteria that differs beside it.</summary>
    public string Class => Label
        + (PublishedKriteria is { } printed && !string.Equals(printed.Trim(), Kriteria, StringComparison.OrdinalIgnoreCase) ? $" (tercetak: {printed})" : "");
}

public sealed record NodeBudgetData(
    PeriodFigure? Pagu, PeriodFigure? Realisation, List<PeriodFigure>? Planned,
    decimal? RolledUpPagu, decimal? RolledUpRealisation, decimal? ChildrenPagu, decimal? ChildrenRealisation, ComputedPercent? Absorption);

public static class PlanTree
{
    /// <summary>The nodes in tree order (each parent followed by its children in document order), with their depth.</summary>
    public static List<(PlanNodeData Node, int Depth)> Ordered(IReadOnlyList<PlanNodeData> nodes)
    {
        var keys = nodes.Select(n => n.Key).ToHashSet();
        var children = nodes.Where(n => n.Parent is { } p && keys.Contains(p.Key)).ToLookup(n => n.Parent!.Key);
        var ordered = new List<(PlanNodeData, int)>();
        void Visit(PlanNodeData node, int depth)
        {
            ordered.Add((node, depth));
            foreach (var child in children[node.Key]) Visit(child, depth + 1);
        }
        foreach (var root in nodes.Where(n => n.Parent is null || !keys.Contains(n.Parent.Key))) Visit(root, 0);
        return ordered;
    }

    /// <summary>The first published annual figure, and the other tables' figures where they print something else.</summary>
    public static (PeriodFigure? Primary, List<PeriodFigure> Disagreeing) Annual(IEnumerable<PeriodFigure>? figures)
    {
        var annual = (figures ?? []).Where(f => f.PeriodKind == "YEAR").ToList();
        var primary = annual.FirstOrDefault(f => f.Reported) ?? annual.FirstOrDefault();
        var disagreeing = annual.Where(f => f != primary && f.Reported && primary is { Reported: true } && f.Value != primary.Value).ToList();
        return (primary, disagreeing);
    }

    /// <summary>"100%; 90% menurut Tabel 2.5, hlm. 22" — the figure in the notation of the indicator's unit, and any other
    /// table's figure where it prints something else.</summary>
    public static string Describe(PeriodFigure? primary, IReadOnlyList<PeriodFigure> disagreeing, string? unit = null) =>
        primary is null ? Format.Missing
        : primary.Shown(Notation.OfUnit(unit, primary.Published))
          + string.Concat(disagreeing.Select(d => $"; {d.Shown(Notation.OfUnit(unit, d.Published))} menurut {d.Source.Citation}"));

    public static string CategoryCss(string? category) => category switch
    {
        "SANGAT_TINGGI" or "TINGGI" => "good",
        "SEDANG" => "mid",
        null => "",
        _ => "bad",
    };
}
