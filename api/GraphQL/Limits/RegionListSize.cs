namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// The most items a list field can return within one region (e.g. the most indicators any plan node of the region has),
/// computed when the region's documents are loaded. The cost estimate takes the largest over the regions.
/// </summary>
public sealed class RegionListSize
{
    public int RegionId { get; set; }

    /// <summary>The field's coordinate, "Type.field", or "Type.field(year)" for its size within one year.</summary>
    public required string Field { get; set; }

    public long Size { get; set; }
}
