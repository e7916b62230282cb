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

/// <summary>The same indicator in other regions' agencies: indicators of the same name (ignoring case and spacing,
/// since the documents print the same national indicator with different capitals). Only pages whose indicator is found
/// elsewhere get a comparison, so a page never offers an empty one.</summary>
/// <remarks>An agency's pages show these figures of other agencies, so they are part of the agency group's inputs
/// (<see cref="SitePlan"/>): a change in another region's capaian renders the pages that compare with it.</remarks>
public sealed partial class IndicatorComparisons
{
    /// <summary>Each name's indicators in the order a page lists them (region code, agency key, indicator key), and the
    /// hash of that list.</summary>
    readonly Dictionary<string, (List<ComparedIndicator> Indicators, string Hash)> _byName;

    public IndicatorComparisons(SiteIndexData index) =>
        _byName = index.Agencies
            .SelectMany(p => p.Agency.Indicators.Select(i => new ComparedIndicator(
                p.Region.Code, p.Region.Name, p.Agency.Key, p.Agency.Name, i.Key, i.Name, i.Unit, i.History ?? [])))
            .GroupBy(c => Normal(c.Name))
            .AsParallel()
            .Select(g =>
            {
                var sorted = g.OrderBy(c => c.RegionCode, StringComparer.Ordinal).ThenBy(c => c.AgencyKey, StringComparer.Ordinal)
                    .ThenBy(c => c.IndicatorKey, StringComparer.Ordinal).ToList();
                return (Name: g.Key, Indicators: sorted, Hash: BuildInputs.Hash(sorted));
            })
            .ToDictionary(g => g.Name, g => (g.Indicators, g.Hash), StringComparer.Ordinal);

    public static string Normal(string name) => Spaces().Replace(name.Trim(), " ").ToLowerInvariant();

    /// <summary>For each indicator of the agency found in another agency: that indicator elsewhere, by region code,
    /// agency and indicator key. The agency's own indicators of the same name are other indicators (an RPJMD indicator
    /// and the agency's own often share a name) and are not compared here.</summary>
    public SortedDictionary<string, List<ComparedIndicator>> For(IndexRegion region, IndexAgency agency)
    {
        var found = new SortedDictionary<string, List<ComparedIndicator>>(StringComparer.Ordinal);
        foreach (var indicator in agency.Indicators)
        {
            var others = Named(indicator).Where(c => !Own(c, region, agency)).ToList();
            if (others.Count > 0) found.TryAdd(indicator.Key, others);
        }
        return found;
    }

    /// <summary>What <see cref="For"/> gives the agency, as a build input: for each indicator found elsewhere, the hash of
    /// every indicator of its name (the agency's own are in its other inputs). At national scale a name is shared by
    /// hundreds of agencies, so hashing each agency's comparisons themselves serialised the same indicators hundreds
    /// of times (a minute at 2,000 documents); each name's list is hashed once.</summary>
    public SortedDictionary<string, string> Inputs(IndexRegion region, IndexAgency agency)
    {
        var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var indicator in agency.Indicators)
            if (_byName.TryGetValue(Normal(indicator.Name), out var named) && named.Indicators.Any(c => !Own(c, region, agency)))
                inputs.TryAdd(indicator.Key, named.Hash);
        return inputs;
    }

    IEnumerable<ComparedIndicator> Named(IndexIndicator indicator) =>
        _byName.TryGetValue(Normal(indicator.Name), out var named) ? named.Indicators : [];

    static bool Own(ComparedIndicator c, IndexRegion region, IndexAgency agency) => c.RegionCode == region.Code && c.AgencyKey == agency.Key;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
