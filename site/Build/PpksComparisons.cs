namespace Sakip.Site.Build;

/// <summary>A PPKS category's figures of one region-year as the index gives them (the region's latest statistics year,
/// SiteRegionIndex.graphql).</summary>
public sealed record IndexPpks(IndexPpksCategory Category, IndexPpksFigure? Terdata, IndexPpksFigure? Tertangani, IndexCoverage Coverage);

public sealed record IndexPpksCategory(string Key, string Name);

public sealed record IndexPpksFigure(string State, decimal? Value);

public sealed record IndexCoverage(decimal? Value);

/// <summary>A category of a region-year on a comparison page.</summary>
public sealed record ComparedPpks(string RegionCode, string RegionName, int Year, string Category, IndexPpksFigure? Terdata, IndexPpksFigure? Tertangani, decimal? Coverage)
{
    public string Page => Paths.Statistics(RegionCode, Year);

    /// <summary>What a figure without a value is, in words ("tidak dicatat" for a printed "-", "tidak ada di tabel"),
    /// as the statistics page says it; null for a figure with a value.</summary>
    public static string? Missing(IndexPpksFigure? figure) =>
        figure is null ? "tidak ada di tabel" : figure.Value is null ? Rendering.Labels.Absent(figure.State, null) : null;
}

/// <summary>The same PPKS category in several regions, at each region's latest statistics year: categories of the same
/// name (ignoring case and spacing; the documents number and group them differently) reported by at least two regions.
/// Each such name has one comparison page (<see cref="Paths.PpksComparison"/>), which the statistics pages link to; a
/// page of its own for the reason <see cref="IndicatorComparisons"/> gives.</summary>
public sealed class PpksComparisons(SiteIndexData index)
{
    readonly SortedDictionary<string, List<ComparedPpks>> _byName = new(index.Regions
        .Where(r => r.LatestPpks is { Count: > 0 } && r.StatisticsYears.Count > 0)
        .SelectMany(r => r.LatestPpks!.Select(p => new ComparedPpks(r.Code, r.Name, r.StatisticsYears.Max(), p.Category.Name,
            p.Terdata, p.Tertangani, p.Coverage.Value)))
        .GroupBy(c => IndicatorComparisons.Normal(c.Category))
        .Where(g => g.Select(c => c.RegionCode).Distinct().Count() >= 2)
        .ToDictionary(g => g.Key, g => g.OrderBy(c => c.RegionCode, StringComparer.Ordinal).ThenBy(c => c.Category, StringComparer.Ordinal).ToList()),
        StringComparer.Ordinal);

    /// <summary>Each category name reported by two regions or more, with its figures by region.</summary>
    public IEnumerable<KeyValuePair<string, List<ComparedPpks>>> Names => _byName;

    /// <summary>The comparison page of each category name of the region's latest year that another region reports too.</summary>
    public SortedDictionary<string, string> For(IndexRegion region)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in region.LatestPpks ?? [])
        {
            var name = IndicatorComparisons.Normal(category.Category.Name);
            if (_byName.ContainsKey(name)) found.TryAdd(name, Paths.PpksComparison(name));
        }
        return found;
    }
}
