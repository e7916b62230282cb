namespace Sakip.Api.Seeding;

/// <summary>"Did you mean": the known name closest to a misspelt one, when it is close enough to be the one meant.</summary>
public static class NearMiss
{
    /// <summary>The closest candidate within an edit distance of 1 (short names) to 3 (long ones); null when none is.</summary>
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        var limit = written.Length switch { <= 4 => 1, <= 8 => 2, _ => 3 };
        return candidates.Select(c => (Name: c, Distance: Distance(written.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit && c.Distance > 0)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name).FirstOrDefault();
    }

    /// <summary>"; did you mean 'x'?" or nothing.</summary>
    public static string Hint(string written, IEnumerable<string> candidates) =>
        Closest(written, candidates) is { } closest ? $"; did you mean '{closest}'?" : "";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
