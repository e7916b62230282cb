using System.Collections.Concurrent;
using Sakip.Site.Pages.Search;

namespace Sakip.Site.Build;

/// <summary>The search entries of every group, by group, with their hash: from a group's pages when it was loaded, from
/// its record in the previous build's manifest when it was carried over. The regions' search pages, built after the
/// other groups, read them, and their inputs are the hashes of their region's groups' entries.</summary>
public sealed class SiteSearch
{
    readonly ConcurrentDictionary<string, (List<SearchEntry> Entries, string? Hash)> _byGroup = new(StringComparer.Ordinal);

    public void Set(string group, List<SearchEntry> entries, string? hash) => _byGroup[group] = (entries, hash);

    /// <summary>The hash of a group's entries, kept in its record (null for none): hashing every entry of the site again
    /// for every build would take seconds at national scale.</summary>
    public static string? Hash(List<SearchEntry> entries) => entries.Count == 0 ? null : BuildInputs.Hash(entries);

    /// <summary>Every entry of the region's groups (its own and its agencies'), in the index's order.</summary>
    public List<SearchEntry> Region(IndexRegion region) => Groups(region).SelectMany(g => Of(g).Entries).ToList();

    /// <summary>How many entries the region's search page lists.</summary>
    public int Count(IndexRegion region) => Groups(region).Sum(g => Of(g).Entries.Count);

    /// <summary>What the region's search page is made from, as a hash: the build's key, the region's names and its
    /// groups' entries in the index's order.</summary>
    public string Inputs(string key, IndexRegion region) =>
        BuildInputs.Hash(key, new { region.Code, region.Name, region.Province }, Groups(region).Select(g => g + " " + Of(g).Hash).ToList());

    static IEnumerable<string> Groups(IndexRegion region) =>
        new[] { SitePlan.RegionGroup(region) }.Concat(region.Agencies.Select(a => SitePlan.AgencyGroup(region, a)));

    (List<SearchEntry> Entries, string? Hash) Of(string group) =>
        _byGroup.TryGetValue(group, out var entries) ? entries : throw new InvalidOperationException($"No search entries of {group} for the search pages.");
}
