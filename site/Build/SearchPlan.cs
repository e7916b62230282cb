using Sakip.Site.Pages.Search;

namespace Sakip.Site.Build;

/// <summary>A region's search page (<see cref="Paths.SearchRegion"/>, with its <see cref="Paths.SearchIndexFile"/>): planned
/// with the other groups, but what it shows, its region's search entries, is known only once the region's groups are
/// built or carried over, so its group, whose inputs hash what the page shows (<see cref="SiteSearch.Inputs"/>), is made
/// then. A change in one region renders that region's search page and no other. The page's group also writes the
/// entries by group (<see cref="SearchEntryFiles"/>), which the next build reads if it renders the page again.</summary>
public sealed record SearchPlan(IndexRegion Region, PagePlan Page)
{
    public string Key => SitePlan.SearchGroup(Region);

    /// <summary>The group, once <paramref name="search"/> has the entries of every group of the region. Its pages hold
    /// no table, so it is in no bulk download.</summary>
    public PageGroup Group(string key, SiteSearch search) =>
        new(Key, search.Inputs(key, Region), [Page], (_, _) =>
        {
            var groups = search.Region(Region);
            return Task.FromResult(new GroupAnswer([SearchRegionModel.Create(Region, groups.SelectMany(g => g.Entries))], null,
                [(SearchEntryFiles.PathOf(Region.Code), SearchEntryFiles.Write(groups))]));
        }, Region.Code, Bulk: false);
}
