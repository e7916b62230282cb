using Sakip.Site.Pages.Agency;
using Sakip.Site.Pages.DocumentQuality;
using Sakip.Site.Pages.Home;
using Sakip.Site.Pages.Indicator;
using Sakip.Site.Pages.Lkjip;
using Sakip.Site.Pages.Method;
using Sakip.Site.Pages.PerformanceBudget;
using Sakip.Site.Pages.Rak;
using Sakip.Site.Pages.Region;
using Sakip.Site.Pages.Search;
using Sakip.Site.Pages.Statistics;

namespace Sakip.Site.Build;

/// <summary>Every page of the site, from what the API knows, in groups that share their API requests: one per region
/// (its page and statistics), one per agency (profile, RAK, LKjIP, performance versus budget, indicators, documents),
/// and the site-wide pages, which show every agency's headline and so come last.</summary>
public static class SitePlan
{
    public const string SiteGroup = "site";

    public static List<PageGroup> Groups(SiteIndexData index, string key)
    {
        var groups = new List<PageGroup>();
        foreach (var region in index.Regions)
        {
            List<PagePlan> pages = [new(Paths.Region(region.Code), typeof(RegionPage))];
            pages.AddRange(region.StatisticsYears.Order().Select(y => new PagePlan(Paths.Statistics(region.Code, y), typeof(StatisticsPage))));
            groups.Add(new PageGroup(RegionGroup(region), BuildInputs.Hash(key, region), pages, (api, ct) => RegionPages.LoadAsync(api, region, ct)));
        }
        foreach (var (region, agency) in index.Agencies)
        {
            List<PagePlan> pages = [new(Paths.Agency(region.Code, agency.Key), typeof(AgencyPage))];
            pages.AddRange(YearsWith(agency, "RAK").Select(y => new PagePlan(Paths.Rak(region.Code, agency.Key, y), typeof(RakPage))));
            pages.AddRange(YearsWith(agency, "LKJIP").Select(y => new PagePlan(Paths.Lkjip(region.Code, agency.Key, y), typeof(LkjipPage))));
            pages.AddRange(agency.Years.Order().Select(y => new PagePlan(Paths.PerformanceBudget(region.Code, agency.Key, y), typeof(PerformanceBudgetPage))));
            pages.AddRange(agency.Indicators.Select(i => new PagePlan(Paths.Indicator(region.Code, agency.Key, i.Key), typeof(IndicatorPage))));
            pages.AddRange(agency.Documents.Select(d => new PagePlan(Paths.Document(d.Key), typeof(DocumentQualityPage))));
            // The agency's pages show its region's names and capaian scale, not its other agencies.
            var inputs = BuildInputs.Hash(key, region with { Agencies = [], StatisticsYears = [] }, agency);
            groups.Add(new PageGroup(AgencyGroup(region, agency), inputs, pages, (api, ct) => AgencyPages.LoadAsync(api, region, agency, ct)));
        }
        return groups;
    }

    /// <summary>The home, method and search pages: they list every agency, so any change of the index renders them.
    /// The home page's headlines come from the other groups' answers (or, for a group carried over, its record).</summary>
    public static PageGroup Site(SiteIndexData index, string key, SiteHeadlines headlines) =>
        new(SiteGroup, BuildInputs.Hash(key, index.Regions),
            [new(Paths.Home, typeof(HomePage)), new(Paths.Method, typeof(MethodPage)), new(Paths.Search, typeof(SearchPage))],
            async (api, ct) =>
            {
                var method = await api.QueryAsync<MethodModel.Response>("MethodPage", new Dictionary<string, object?>(), ct);
                return new GroupAnswer([headlines.Home(index), MethodModel.Create(method), SearchModel.Create(index)], null);
            });

    public static string RegionGroup(IndexRegion region) => $"region {region.Code}";

    public static string AgencyGroup(IndexRegion region, IndexAgency agency) => $"agency {region.Code}/{agency.Key}";

    public static IEnumerable<int> YearsWith(IndexAgency agency, string kind) =>
        agency.Documents.Where(d => d.Kind == kind).Select(d => d.Year).Distinct().Order();
}
