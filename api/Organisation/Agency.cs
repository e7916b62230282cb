using Sakip.Api.Data;

namespace Sakip.Api.Organisation;

/// <summary>Perangkat Daerah (OPD/SKPD): a regional government agency, e.g. a Dinas Sosial.</summary>
public sealed class Agency : RegionScoped
{
    /// <summary>Key within the region, as used in the seed files (e.g. "dinsos").</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
}
