using Sakip.Site.Pages.About;
using Sakip.Site.Pages.Agency;
using Sakip.Site.Pages.Comparison;
using Sakip.Site.Pages.DocumentQuality;
using Sakip.Site.Pages.Glossary;
using Sakip.Site.Pages.Home;
using Sakip.Site.Pages.Indicator;
using Sakip.Site.Pages.Lkjip;
using Sakip.Site.Pages.Method;
using Sakip.Site.Pages.PerformanceBudget;
using Sakip.Site.Pages.Rak;
using Sakip.Site.Pages.Region;
using Sakip.Site.Pages.Search;
using Sakip.Site.Pages.Statistics;
using Sakip.Site.Rendering;

namespace Sakip.Site.Build;

/// <summary>Every page of the site, from what the API knows, in groups that share their API requests: the method and
/// search pages, one per region (its page and statistics), one per agency (profile, RAK, LKjIP, performance versus
/// budget, indicators, documents), and the home page, the search page and each region's search page, which show what
/// every other group's pages hold (headlines, search entries) and so come last.</summary>
public static class SitePlan
{
    public const string SiteGroup = "site";
    public const string ListingGroup = "method, about and glossary";

    /// <summary>The groups in the order they are built (<see cref="Groups"/>), and the home page's group and the regions'
    /// search pages, built after them.</summary>
    public static (List<PageGroup> Groups, PageGroup Site, List<SearchPlan> Searches) Plan(SiteIndexData index, string key, SiteHeadlines headlines, SiteSearch search)
    {
        // Each agency's part of the index is serialised once, into its hash; the region and whole-site hashes take the
        // agencies' hashes (hashing the index itself once per group that shows a part of it took seconds at 2,000 documents).
        var agencies = new Dictionary<IndexAgency, string>(ReferenceEqualityComparer.Instance);
        foreach (var (agency, hash) in index.Agencies.AsParallel().AsOrdered().Select(p => (p.Agency, BuildInputs.Hash(p.Agency)))) agencies[agency] = hash;
        var regions = new Dictionary<IndexRegion, object>(ReferenceEqualityComparer.Instance);
        foreach (var region in index.Regions) regions[region] = new { Region = region with { Agencies = [] }, Agencies = region.Agencies.Select(a => agencies[a]).ToList() };
        var whole = BuildInputs.Hash(key, index.Regions.Select(r => regions[r]).ToList());
        return (Groups(index, key, whole, agencies, regions), Site(index, whole, headlines, search), Searches(index));
    }

    /// <summary>Every group but the home page's. Hashing a group's inputs serialises its part of the index, so the
    /// hashes are computed in parallel, in the index's order.</summary>
    static List<PageGroup> Groups(SiteIndexData index, string key, string whole, Dictionary<IndexAgency, string> agencies, Dictionary<IndexRegion, object> regions)
    {
        var groups = new List<PageGroup> { Listing(index, whole) };
        var ppks = new PpksComparisons(index);
        groups.AddRange(index.Regions.AsParallel().AsOrdered().Select(region =>
        {
            var compared = ppks.For(region);
            List<PagePlan> pages = [new(Paths.Region(region.Code), typeof(RegionPage))];
            pages.AddRange(region.StatisticsYears.Order().Select(y => new PagePlan(Paths.Statistics(region.Code, y), typeof(StatisticsPage))));
            return new PageGroup(RegionGroup(region), BuildInputs.Hash(key, regions[region], compared), pages, (api, ct) => RegionPages.LoadAsync(api, region, compared, ct), region.Code);
        }));
        var comparisons = new IndicatorComparisons(index);
        groups.AddRange(index.Agencies.AsParallel().AsOrdered().Select(pair =>
        {
            var (region, agency) = pair;
            var compared = comparisons.For(agency);
            List<PagePlan> pages = [new(Paths.Agency(region.Code, agency.Key), typeof(AgencyPage))];
            pages.AddRange(YearsWith(agency, "RAK").Select(y => new PagePlan(Paths.Rak(region.Code, agency.Key, y), typeof(RakPage))));
            pages.AddRange(YearsWith(agency, "LKJIP").Select(y => new PagePlan(Paths.Lkjip(region.Code, agency.Key, y), typeof(LkjipPage))));
            pages.AddRange(PerformanceBudgetYears(agency).Select(y => new PagePlan(Paths.PerformanceBudget(region.Code, agency.Key, y), typeof(PerformanceBudgetPage))));
            pages.AddRange(agency.Indicators.Select(i => new PagePlan(Paths.Indicator(region.Code, agency.Key, i.Key), typeof(IndicatorPage))));
            pages.AddRange(agency.Documents.Select(d => new PagePlan(Paths.Document(d.Key), typeof(DocumentQualityPage))));
            // The agency's pages show its region's names and capaian scale, not its other agencies; its indicator pages
            // link their comparison pages (whether one exists, not its figures: see IndicatorComparisons).
            var inputs = BuildInputs.Hash(key, region with { Agencies = [], StatisticsYears = [], LatestPpks = null }, agencies[agency], compared);
            return new PageGroup(AgencyGroup(region, agency), inputs, pages, (api, ct) => AgencyPages.LoadAsync(api, region, agency, compared, ct), region.Code);
        }));
        groups.AddRange(comparisons.Names.AsParallel().AsOrdered().Select(pair => Comparison(key, "indicator", Paths.IndicatorComparison(pair.Key),
            typeof(IndicatorComparisonPage), pair.Value, () => IndicatorComparisonModel.Create(pair.Key, pair.Value))));
        groups.AddRange(ppks.Names.AsParallel().AsOrdered().Select(pair => Comparison(key, "ppks", Paths.PpksComparison(pair.Key),
            typeof(PpksComparisonPage), pair.Value, () => PpksComparisonModel.Create(pair.Key, pair.Value))));
        return groups;
    }

    /// <summary>A comparison page across regions, made from the index alone (no request): its inputs are the figures it
    /// compares, so a change in one region renders the comparisons of its indicators and categories and nothing else.</summary>
    static PageGroup Comparison(string key, string kind, string path, Type component, object compared, Func<PageModel> create) =>
        new($"comparison {kind} {path}", BuildInputs.Hash(key, compared), [new(path, component)],
            (_, _) => Task.FromResult(new GroupAnswer([create()], null)), Bulk: false);

    /// <summary>The method, about and glossary pages: the about page names the release and counts the documents, so
    /// any change of the index renders them.</summary>
    static PageGroup Listing(SiteIndexData index, string whole) =>
        new(ListingGroup, whole,
            [new(Paths.Method, typeof(MethodPage)), new(Paths.About, typeof(AboutPage)), new(Paths.Glossary, typeof(GlossaryPage))],
            async (api, ct) =>
            {
                var method = await api.QueryAsync<MethodModel.Response>("MethodPage", new Dictionary<string, object?>(), ct);
                return new GroupAnswer([MethodModel.Create(method), AboutModel.Create(index), GlossaryModel.Create()], null);
            });

    /// <summary>The home page and the search page, which lists the regions with their number of entries: any change of
    /// the index renders them; the headlines and the numbers of search entries come from the other groups' answers (or,
    /// for a group carried over, its record).</summary>
    static PageGroup Site(SiteIndexData index, string whole, SiteHeadlines headlines, SiteSearch search) =>
        new(SiteGroup, whole, [new(Paths.Home, typeof(HomePage)), new(Paths.Search, typeof(SearchPage))], (api, ct) =>
            Task.FromResult(new GroupAnswer([headlines.Home(index), SearchModel.Create(index.Regions.Select(r => (r, search.Count(r))))], null)));

    /// <summary>Each region's search page, a group of its own made once the other groups are built (<see cref="SearchPlan"/>).</summary>
    static List<SearchPlan> Searches(SiteIndexData index) =>
        index.Regions.Select(r => new SearchPlan(r, new(Paths.SearchRegion(r.Code), typeof(SearchRegionPage)))).ToList();

    public static string RegionGroup(IndexRegion region) => $"region {region.Code}";

    public static string AgencyGroup(IndexRegion region, IndexAgency agency) => $"agency {region.Code}/{agency.Key}";

    public static string SearchGroup(IndexRegion region) => $"search {region.Code}";

    /// <summary>The years with a performance-versus-budget page: those with an LKjIP, which reports budget realisation and
    /// capaian. A year with only a RAK (a plan) has nothing to compare, so it gets no page and no link to one.</summary>
    public static IEnumerable<int> PerformanceBudgetYears(IndexAgency agency) => YearsWith(agency, "LKJIP");

    public static IEnumerable<int> YearsWith(IndexAgency agency, string kind) =>
        agency.Documents.Where(d => d.Kind == kind).Select(d => d.Year).Distinct().Order();
}
