using Sakip.Api.Data;

namespace Sakip.Api.Statistics;

/// <summary>
/// A category of Pemerlu Pelayanan Kesejahteraan Sosial (PPKS/PMKS) as a region's documents name it: one of the
/// 26 types of Permensos 8/2012, or a sub-category of the 12 PAS groups.
/// </summary>
public sealed class PpksCategory : RegionScoped
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    /// <summary>The 12 PAS group (Kelompok Pemerlu Atensi Sosial) number and name, where the table groups categories.</summary>
    public string? GroupNo { get; set; }
    public string? GroupName { get; set; }
    public long SourceRowId { get; set; }
}
