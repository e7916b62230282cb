using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Statistics;

/// <summary>Potensi dan Sumber Kesejahteraan Sosial (PSKS): a type of social-welfare resource and its count.</summary>
public sealed class PsksEntry : RegionScoped
{
    public long AgencyId { get; set; }
    public int Year { get; set; }
    public required string Type { get; set; }
    public required Figure Count { get; set; }
    /// <summary>Number holding a competence certificate or accreditation.</summary>
    public required Figure Certified { get; set; }
    public string? DataSource { get; set; }
    public string? Remarks { get; set; }
    public long SourceRowId { get; set; }

    public SourceRow? SourceRow { get; set; }
}
