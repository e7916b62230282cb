namespace Sakip.Core.Figures;

/// <summary>
/// How far a published figure is from the one computed or compared with it: always published minus computed, so a
/// positive difference means the document states more (a finding's difference and a capaian's difference alike).
/// </summary>
public static class Difference
{
    public static decimal? Of(decimal? published, decimal? computed) =>
        published is { } p && computed is { } c ? p - c : null;
}
