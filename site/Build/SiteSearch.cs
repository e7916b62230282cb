using System.Collections.Concurrent;
using Sakip.Site.Api;
using Sakip.Site.Pages.Search;

namespace Sakip.Site.Build;

/// <summary>The search entries of every group, by group, with their number and hash: from a group's pages when it was
/// loaded; for a group carried over, its number and hash from its record in the previous build's manifest, and its
/// entries, only when its region's search page is rendered, from that build's <see cref="SearchEntryFiles"/>. The
/// regions' search pages, built after the other groups, read them, and their inputs are the hashes of their region's
/// groups' entries.</summary>
public sealed class SiteSearch(string? publishedFolder = null)
{
    readonly ConcurrentDictionary<string, (List<SearchEntry>? Entries, string? Hash, int Count)> _byGroup = new(StringComparer.Ordinal);

    public void Set(string group, List<SearchEntry> entries, string? hash) => _byGroup[group] = (entries, hash, entries.Count);

    /// <summary>A group carried over: its entries are in the published build's file of its region.</summary>
    public void Carry(string group, string? hash, int count) => _byGroup[group] = (null, hash, count);

    /// <summary>The hash of a group's entries, kept in its record (null for none): hashing every entry of the site again
    /// for every build would take seconds at national scale.</summary>
    public static string? Hash(List<SearchEntry> entries) => entries.Count == 0 ? null : BuildInputs.Hash(entries);

    /// <summary>The entries of each of the region's groups (its own and its agencies'), in the index's order.</summary>
    public List<(string Group, List<SearchEntry> Entries)> Region(IndexRegion region)
    {
        Dictionary<string, List<SearchEntry>>? published = null;
        return Groups(region).Select(g =>
        {
            var (entries, hash, count) = Of(g);
            if (entries is not null) return (g, entries);
            published ??= (publishedFolder is null ? null : SearchEntryFiles.Read(publishedFolder, region.Code)) ?? [];
            // The file was written with the manifest that gave the hash; one that disagrees was changed by hand.
            return published.TryGetValue(g, out var kept) && kept.Count == count && Hash(kept) == hash
                ? (g, kept)
                : throw new SiteBuildException(
                    $"The published build's {SearchEntryFiles.PathOf(region.Code)} lacks the search entries of {g} that its manifest counts, or holds others: build again with --full.");
        }).ToList();
    }

    /// <summary>How many entries the region's search page lists.</summary>
    public int Count(IndexRegion region) => Groups(region).Sum(g => Of(g).Count);

    /// <summary>What the region's search page is made from, as a hash: the build's key, the region's names and its
    /// groups' entries in the index's order.</summary>
    public string Inputs(string key, IndexRegion region) =>
        BuildInputs.Hash(key, new { region.Code, region.Name, region.Province }, Groups(region).Select(g => g + " " + Of(g).Hash).ToList());

    static IEnumerable<string> Groups(IndexRegion region) =>
        new[] { SitePlan.RegionGroup(region) }.Concat(region.Agencies.Select(a => SitePlan.AgencyGroup(region, a)));

    (List<SearchEntry>? Entries, string? Hash, int Count) Of(string group) =>
        _byGroup.TryGetValue(group, out var entries) ? entries : throw new InvalidOperationException($"No search entries of {group} for the search pages.");
}
