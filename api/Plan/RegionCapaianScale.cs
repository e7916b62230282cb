using System.Text.Json;

namespace Sakip.Api.Plan;

/// <summary>
/// The capaian category scale a region uses: its classes, highest first, as JSON (label, from, above), and its capaian
/// cap. Data per region, since regions use different scales; written for every region when the seed loads
/// (Permendagri 86/2017 unless the document manifest gives another).
/// </summary>
public sealed class RegionCapaianScale
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int RegionId { get; set; }
    public required string Name { get; set; }
    public required string Source { get; set; }
    /// <summary>The classes as a JSON array of {label, from, above}, highest first (jsonb).</summary>
    public required string Classes { get; set; }
    /// <summary>The region's capaian cap (batas capaian, e.g. 100); null: none.</summary>
    public decimal? Cap { get; set; }

    public CapaianScale ToScale() => new(Name, Source, JsonSerializer.Deserialize<List<CapaianClass>>(Classes, Json)!) { Cap = Cap };

    public static RegionCapaianScale For(int regionId, CapaianScale scale) => new()
    {
        RegionId = regionId,
        Name = scale.Name,
        Source = scale.Source,
        Classes = JsonSerializer.Serialize(scale.Classes, Json),
        Cap = scale.Cap,
    };
}
