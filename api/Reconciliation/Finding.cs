using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Reconciliation;

/// <summary>The kinds of check the reconciliation runs over a document's figures.</summary>
public enum FindingKind
{
    /// <summary>A node's stated budget differs from the sum of its children's budgets in the same table.</summary>
    ChildrenBudgetSum,
    /// <summary>Period targets do not make the annual target under the indicator's aggregation rule.</summary>
    PeriodTargetsVsAnnual,
    /// <summary>The same indicator's target for the same year differs between two tables.</summary>
    TargetAcrossTables,
    /// <summary>The same node's budget differs between two tables, or between two places in one table.</summary>
    BudgetAcrossTables,
    /// <summary>The reported capaian differs from the capaian recomputed from target and realisation.</summary>
    CapaianRecomputed,
    /// <summary>A total the document prints differs from the sum of the rows it totals.</summary>
    StatedTotal,
    /// <summary>A printed percentage differs from the percentage recomputed from the row's counts.</summary>
    PercentageRecomputed,
    /// <summary>The same statistic differs between two tables.</summary>
    StatisticAcrossTables,
    /// <summary>A figure the prose states differs from what the document's tables state or imply (kind <c>narrative</c>).</summary>
    NarrativeVsTables,
    /// <summary>The kriteria a table prints differs from the class of the recomputed capaian on the region's scale.</summary>
    KriteriaRecomputed,
}

/// <summary>
/// A disagreement between two figures of the documents: the published one, and the one it is compared with
/// (another published figure, or one computed from published figures), each with its source.
/// </summary>
public sealed class Finding : RegionScoped
{
    public long DocumentId { get; set; }
    public FindingKind Kind { get; set; }
    /// <summary>What the figures are about (an indicator, node, category or table column).</summary>
    public required string Subject { get; set; }
    public decimal? StatedValue { get; set; }
    public required string StatedText { get; set; }
    public required string StatedSource { get; set; }
    public long? StatedSourceRowId { get; set; }
    public decimal? ComparedValue { get; set; }
    public required string ComparedText { get; set; }
    /// <summary>Where the compared figure comes from: a source reference, or how it was computed and from what.</summary>
    public required string ComparedSource { get; set; }
    public long? ComparedSourceRowId { get; set; }
    public decimal? Difference { get; set; }

    public Document? Document { get; set; }
}
