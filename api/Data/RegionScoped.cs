namespace Sakip.Api.Data;

/// <summary>
/// Base of every table that belongs to a region. The primary key is (region_id, id) so that every table can be
/// distributed by region (Citus) without changing keys; ids are still unique on their own.
/// </summary>
public abstract class RegionScoped
{
    public int RegionId { get; set; }
    public long Id { get; set; }
}
