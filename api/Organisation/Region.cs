namespace Sakip.Api.Organisation;

/// <summary>Pemerintah Daerah: a kabupaten or kota, identified by its Kemendagri code.</summary>
public sealed class Region
{
    public int Id { get; set; }
    /// <summary>Kemendagri region code, e.g. "62.07".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Province { get; set; }
}
