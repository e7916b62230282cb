using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;

namespace Sakip.Api.Statistics;

/// <summary>A position (jabatan) of an agency with its staff by ASN status.</summary>
public sealed class StaffPosition : RegionScoped
{
    public long AgencyId { get; set; }
    public int Year { get; set; }
    public required string Position { get; set; }
    public long? UnitId { get; set; }
    /// <summary>Pegawai Negeri Sipil.</summary>
    public required Figure Pns { get; set; }
    /// <summary>Pegawai Pemerintah dengan Perjanjian Kerja.</summary>
    public required Figure Pppk { get; set; }
    /// <summary>PPPK paruh waktu (part-time).</summary>
    public required Figure PppkPartTime { get; set; }
    /// <summary>Kelas jabatan (job grade).</summary>
    public required Figure Grade { get; set; }
    public long SourceRowId { get; set; }

    public Unit? Unit { get; set; }
    public SourceRow? SourceRow { get; set; }
}
