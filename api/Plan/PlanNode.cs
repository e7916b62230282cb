using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

/// <summary>Levels of the performance tree (pohon kinerja), from the RPJMD mission down to the sub kegiatan.</summary>
public enum PlanLevel
{
    Misi,
    RpjmdTujuan,
    RpjmdSasaran,
    Tujuan,
    Sasaran,
    Program,
    Kegiatan,
    SubKegiatan,
}

/// <summary>A node of an agency's plan tree: RPJMD misi/tujuan/sasaran, Renstra tujuan/sasaran, program, kegiatan, sub kegiatan.</summary>
public sealed class PlanNode : RegionScoped
{
    public long AgencyId { get; set; }
    public required string Key { get; set; }
    public PlanLevel Level { get; set; }
    /// <summary>Code from the national nomenclature, where the document prints one.</summary>
    public string? Code { get; set; }
    public required string Name { get; set; }
    /// <summary>The node's own target statement: SASARAN (OUTCOME) of a program, SASARAN (OUTPUT) of a kegiatan.</summary>
    public string? Goal { get; set; }
    public long? ParentId { get; set; }
    public long? UnitId { get; set; }
    /// <summary>The row that first defines the node.</summary>
    public long SourceRowId { get; set; }

    public PlanNode? Parent { get; set; }
    public Unit? Unit { get; set; }
    public Agency? Agency { get; set; }
    public SourceRow? SourceRow { get; set; }
}
