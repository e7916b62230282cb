namespace Sakip.Site.Build;

/// <summary>A PPKS category's figures of one region-year as the index gives them (the region's latest statistics year,
/// SiteRegionIndex.graphql).</summary>
public sealed record IndexPpks(IndexPpksCategory Category, IndexPpksFigure? Terdata, IndexPpksFigure? Tertangani, IndexCoverage Coverage);

public sealed record IndexPpksCategory(string Key, string Name);

public sealed record IndexPpksFigure(string State, decimal? Value);

public sealed record IndexCoverage(decimal? Value);

/// <summary>A category of another region-year beside which a statistics page sets its own.</summary>
public sealed record ComparedPpks(string RegionCode, string RegionName, int Year, string Category, decimal? Terdata, decimal? Tertangani, decimal? Coverage)
{
    public string Page => Paths.Statistics(RegionCode, Year);
}

/// <summary>The same PPKS categories in other regions, at each region's latest statistics year: categories of the same
/// name (ignoring case and spacing; the documents number and group them differently). A statistics page compares only
/// the categories found elsewhere, so it never offers an empty comparison.</summary>
/// <remarks>A region's statistics pages show these figures of other regions, so they are part of the region group's
/// inputs (<see cref="SitePlan"/>).</remarks>
public sealed class PpksComparisons(SiteIndexData index)
{
    readonly ILookup<string, ComparedPpks> _byName = index.Regions
        .Where(r => r.LatestPpks is { Count: > 0 } && r.StatisticsYears.Count > 0)
        .SelectMany(r => r.LatestPpks!.Select(p => new ComparedPpks(r.Code, r.Name, r.StatisticsYears.Max(), p.Category.Name,
            p.Terdata?.Value, p.Tertangani?.Value, p.Coverage.Value)))
        .ToLookup(c => IndicatorComparisons.Normal(c.Category));

    /// <summary>For each category name of the region's latest year that other regions report: their figures, by region code.</summary>
    public SortedDictionary<string, List<ComparedPpks>> For(IndexRegion region)
    {
        var found = new SortedDictionary<string, List<ComparedPpks>>(StringComparer.Ordinal);
        foreach (var category in region.LatestPpks ?? [])
        {
            var name = IndicatorComparisons.Normal(category.Category.Name);
            var others = _byName[name].Where(c => c.RegionCode != region.Code).OrderBy(c => c.RegionCode, StringComparer.Ordinal).ToList();
            if (others.Count > 0) found.TryAdd(name, others);
        }
        return found;
    }
}
