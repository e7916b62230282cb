using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Sakip.Site.Build;

/// <summary>An indicator's capaian of one year as the index gives it (<c>indicators { history { year state value kriteria } }</c>).</summary>
public sealed record IndexCapaian(int Year, string State, decimal? Value, string? Kriteria);

/// <summary>An indicator of some agency, with where its page is and its capaian per year.</summary>
public sealed record ComparedIndicator(
    string RegionCode, string RegionName, string AgencyKey, string AgencyName, string IndicatorKey, string Name, string? Unit, List<IndexCapaian> History)
{
    public string Page => Paths.Indicator(RegionCode, AgencyKey, IndicatorKey);
}

/// <summary>The same indicator in several agencies: indicators of the same name (ignoring case and spacing, since the
/// documents print the same national indicator with different capitals), reported by at least two agencies. Each such
/// name has one comparison page (<see cref="Paths.IndicatorComparison"/>) and the indicator pages link to it.</summary>
/// <remarks>The comparison is a page of its own, not a table on every indicator page: on every page it made the site
/// grow with the square of the number of regions (every page of a national indicator listing every region), and a new
/// capaian in one region rendered the pages of every region reporting that indicator. An indicator page now depends
/// only on whether its comparison page exists.</remarks>
public sealed partial class IndicatorComparisons
{
    readonly SortedDictionary<string, List<ComparedIndicator>> _byName;
    // Each name's comparison page, made once per name: the agencies' groups ask for it once per indicator (40,000 at 2,000 documents).
    readonly Dictionary<string, string> _pages;
    // Each printed name normalised once: 40,000 indicators at 2,000 documents print a few hundred names, and the
    // regular expression per indicator, twice, took a third of a rebuild's planning.
    readonly ConcurrentDictionary<string, string> _normal = new(StringComparer.Ordinal);

    public IndicatorComparisons(SiteIndexData index)
    {
        _byName = new(index.Agencies
            .SelectMany(p => p.Agency.Indicators.Select(i => (p.Region, p.Agency, Indicator: i)))
            .GroupBy(c => NormalOf(c.Indicator.Name))
            .Where(g => g.Select(c => (c.Region.Code, c.Agency.Key)).Distinct().Count() >= 2)
            .ToDictionary(g => g.Key, g => g
                .Select(c => new ComparedIndicator(c.Region.Code, c.Region.Name, c.Agency.Key, c.Agency.Name, c.Indicator.Key, c.Indicator.Name, c.Indicator.Unit, c.Indicator.History ?? []))
                .OrderBy(c => c.RegionCode, StringComparer.Ordinal).ThenBy(c => c.AgencyKey, StringComparer.Ordinal)
                .ThenBy(c => c.IndicatorKey, StringComparer.Ordinal).ToList()), StringComparer.Ordinal);
        _pages = _byName.Keys.ToDictionary(n => n, Paths.IndicatorComparison, StringComparer.Ordinal);
    }

    public static string Normal(string name) => Spaces().Replace(name.Trim(), " ").ToLowerInvariant();

    string NormalOf(string name) => _normal.GetOrAdd(name, Normal);

    /// <summary>Each name reported by two agencies or more, with its indicators by region, agency and key.</summary>
    public IEnumerable<KeyValuePair<string, List<ComparedIndicator>>> Names => _byName;

    /// <summary>The comparison page of each indicator of the agency that another agency reports too, by indicator key.</summary>
    public SortedDictionary<string, string> For(IndexAgency agency)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var indicator in agency.Indicators)
        {
            if (_pages.TryGetValue(NormalOf(indicator.Name), out var page)) found.TryAdd(indicator.Key, page);
        }
        return found;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
