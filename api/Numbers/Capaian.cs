using Sakip.Api.Plan;

namespace Sakip.Api.Numbers;

/// <summary>
/// Capaian (achievement) of an indicator. Higher is better: realisation / target x 100. Lower is better: the
/// inverse formula used in LKjIP practice, (2 - realisation / target) x 100. Capaian above 100% is kept as is.
/// </summary>
public static class Capaian
{
    /// <summary>Null when it cannot be computed (no target, or a target of zero).</summary>
    public static decimal? Compute(decimal target, decimal realisation, Polarity polarity)
    {
        if (target == 0)
        {
            return null;
        }
        var ratio = realisation / target;
        return polarity == Polarity.LowerIsBetter ? (2 - ratio) * 100 : ratio * 100;
    }
}
