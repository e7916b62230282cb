using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Statistics;

/// <summary>
/// Staff counted along one dimension (eselon, golongan, pendidikan, jenis kelamin, status, pangkat). Column is
/// "count", or "v1".."v4" where the document prints figures without saying what they count.
/// </summary>
public sealed class StaffCount : RegionScoped
{
    public long AgencyId { get; set; }
    public int Year { get; set; }
    public required string Dimension { get; set; }
    public required string Category { get; set; }
    public string? Code { get; set; }
    public required string Column { get; set; }
    public required Figure Count { get; set; }
    public long SourceRowId { get; set; }

    public SourceRow? SourceRow { get; set; }
}
