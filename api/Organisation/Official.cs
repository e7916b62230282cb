using Sakip.Api.Data;

namespace Sakip.Api.Organisation;

/// <summary>
/// A responsible official (pejabat): the head of a unit, by position; name, rank and NIP where a document
/// prints them (the signatory).
/// </summary>
public sealed class Official : RegionScoped
{
    public long AgencyId { get; set; }
    public long? UnitId { get; set; }
    /// <summary>Position title (jabatan), e.g. "Kepala Bidang Rehabilitasi Sosial".</summary>
    public required string Position { get; set; }
    /// <summary>Eselon: II (Kepala Dinas), III (Sekretaris, Kepala Bidang), IV.</summary>
    public string? Echelon { get; set; }
    public string? Name { get; set; }
    /// <summary>Pangkat/golongan, e.g. "Pembina Tingkat I (IV/b)".</summary>
    public string? Rank { get; set; }
    /// <summary>Nomor Induk Pegawai, as printed.</summary>
    public string? Nip { get; set; }

    public Agency? Agency { get; set; }
    public Unit? Unit { get; set; }
}
