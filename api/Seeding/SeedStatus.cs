namespace Sakip.Api.Seeding;

/// <summary>What became of the seed load at start, for /readyz.</summary>
public sealed class SeedStatus
{
    public SeedResult? Result { get; set; }
    public string? Error { get; set; }
}
