using System.Collections.Concurrent;
using Sakip.Site.Pages.Search;

namespace Sakip.Site.Build;

/// <summary>The search entries of every group, by group: from a group's pages when it was loaded, from its record in the
/// previous build's manifest when it was carried over. The search pages, built last with the home page, read them.</summary>
public sealed class SiteSearch
{
    readonly ConcurrentDictionary<string, List<SearchEntry>> _byGroup = new(StringComparer.Ordinal);

    public void Set(string group, List<SearchEntry> entries) => _byGroup[group] = entries;

    /// <summary>Every entry of the region's groups (its own and its agencies'), in the index's order.</summary>
    public List<SearchEntry> Region(IndexRegion region) =>
        new[] { SitePlan.RegionGroup(region) }.Concat(region.Agencies.Select(a => SitePlan.AgencyGroup(region, a)))
            .SelectMany(g => _byGroup.TryGetValue(g, out var entries) ? entries
                : throw new InvalidOperationException($"No search entries of {g} for the search pages."))
            .ToList();
}
