using MessagePack;
using MessagePack.Resolvers;
using Sakip.Api.Budgets;
using Sakip.Core.Figures;

namespace Sakip.Api.Plan;

/// <summary>
/// A read model: everything the API reads for an agency's plan of a year (its plan nodes, their indicators with every
/// figure, and their budget roll-ups of the year with their figures), stored as one row when the data is loaded
/// (<see cref="PlanSheetReadModel"/>). An agency's RAK page or an analyst's RAK query then costs one row fetch instead
/// of three joins over hundreds of rows; the rows are the same entities, in the same order, as the tables give.
/// </summary>
public sealed class AgencyPlanSheet
{
    public int RegionId { get; set; }
    public long AgencyId { get; set; }
    public int Year { get; set; }
    /// <summary>The payload's format (<see cref="PlanSheet.Format"/>): a sheet of another format is ignored, not misread.</summary>
    public int Format { get; set; }
    /// <summary>The <see cref="PlanSheet"/>, compressed (<see cref="PlanSheet.Compress"/>).</summary>
    public required byte[] Payload { get; set; }
}

/// <summary>The payload of an <see cref="AgencyPlanSheet"/>: each list in the order the API's loaders give it.</summary>
public sealed class PlanSheet
{
    /// <summary>Raised whenever the payload's shape or the entities' scalar properties change; a new format reloads every document.</summary>
    public const int Format = 4;

    /// <summary>The agency's plan nodes of the documents of the year, in document order.</summary>
    public required List<PlanNode> Nodes { get; init; }
    /// <summary>The nodes' indicators, in document order.</summary>
    public required List<Indicator> Indicators { get; init; }
    /// <summary>Every figure of those indicators (of every year), by indicator, year, measure and period.</summary>
    public required List<IndicatorFigure> Figures { get; init; }
    /// <summary>The nodes' budget roll-ups of the year.</summary>
    public required List<NodeBudgetRollUp> Budgets { get; init; }
    /// <summary>The budget figures of those roll-ups, by node in table and row order.</summary>
    public required List<BudgetFigure> BudgetFigures { get; init; }

    /// <summary>
    /// The sheet as LZ4-compressed MessagePack arrays (<see cref="PlanSheetFormatter"/>). A sheet is read on each uncached
    /// request for an agency's plan of a year, so its format is chosen for reading fast: as JSON the seed's RAK sheet is
    /// 131 KB, whose parsing cost more than the three queries it replaces; as contractless MessagePack (by property name)
    /// its decoding was still the largest single cost of a RAK request.
    /// </summary>
    public byte[] Compress() => MessagePackSerializer.Serialize(this, Options);

    public static PlanSheet Decompress(byte[] payload) => MessagePackSerializer.Deserialize<PlanSheet>(payload, Options);

    private static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create([PlanSheetFormatter.Instance], [StandardResolver.Instance]))
        .WithCompression(MessagePackCompression.Lz4BlockArray);
}
