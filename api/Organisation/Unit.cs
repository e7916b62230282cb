using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Organisation;

public enum UnitKind
{
    Pimpinan,
    Sekretariat,
    Subbagian,
    Bidang,
    Seksi,
    Subkoordinator,
    Uptd,
    Fungsional,
}

/// <summary>An organisational unit of an agency: Sekretariat, Bidang, Subbagian, UPTD.</summary>
public sealed class Unit : RegionScoped
{
    public long AgencyId { get; set; }
    public required string Key { get; set; }
    public long? ParentId { get; set; }
    public UnitKind Kind { get; set; }
    public required string Name { get; set; }
    public long SourceRowId { get; set; }

    public Agency? Agency { get; set; }
    public Unit? Parent { get; set; }
    public SourceRow? SourceRow { get; set; }
}
