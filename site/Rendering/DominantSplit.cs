namespace Sakip.Site.Rendering;

/// <summary>When a bar chart needs two panels: one or two categories so much larger than the rest that, on their
/// scale, most other bars are slivers (Fakir Miskin's 51.729 against a next largest of 1.694 in Seruyan's PPKS).</summary>
/// <remarks>Two panels rather than a logarithmic or broken axis: each panel is an ordinary linear bar chart that a
/// reader can measure, and its title says what it holds and its scale.</remarks>
public static class DominantSplit
{
    /// <summary>How many times the last dominant category must exceed the next one.</summary>
    public const decimal Gap = 3;

    /// <summary>A bar under this share of the largest is a sliver.</summary>
    public const decimal Sliver = 0.05m;

    /// <summary>Fewest categories left for the second panel: fewer are read from the table as easily.</summary>
    public const int MinimumRest = 3;

    /// <summary>The number of dominant categories (0, 1 or 2) among values sorted largest first: the first k whose
    /// smallest is at least <see cref="Gap"/> times the next value, when at least half of the values after them
    /// would be slivers on the scale of the largest.</summary>
    public static int Count(IReadOnlyList<decimal> descending)
    {
        for (var k = 1; k <= 2 && descending.Count - k >= MinimumRest; k++)
        {
            var max = descending[0];
            if (max <= 0) return 0;
            var next = descending[k];
            if (descending[k - 1] < Gap * next) continue;
            var rest = descending.Skip(k).ToList();
            var slivers = rest.Count(v => v < max * Sliver);
            if (slivers * 2 >= rest.Count && next > 0) return k;
        }
        return 0;
    }
}
