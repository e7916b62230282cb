namespace Sakip.Site.Build;

/// <summary>Every page of the site, from what the API knows: one line per page type.</summary>
public static class SitePlan
{
    public static List<PageJob> Jobs(SiteIndexData index)
    {
        var jobs = new List<PageJob>
        {
            Pages.Home.HomeModel.Job(index),
            Pages.Method.MethodModel.Job(),
            Pages.Search.SearchModel.Job(index),
        };
        foreach (var region in index.Regions)
        {
            jobs.Add(Pages.Region.RegionModel.Job(region));
            foreach (var year in region.StatisticsYears.Order()) jobs.Add(Pages.Statistics.StatisticsModel.Job(region, year));
        }
        foreach (var (region, agency) in index.Agencies)
        {
            jobs.Add(Pages.Agency.AgencyModel.Job(region, agency));
            foreach (var year in YearsWith(agency, "RAK")) jobs.Add(Pages.Rak.RakModel.Job(region, agency, year));
            foreach (var year in YearsWith(agency, "LKJIP")) jobs.Add(Pages.Lkjip.LkjipModel.Job(region, agency, year));
            foreach (var year in agency.Years.Order()) jobs.Add(Pages.PerformanceBudget.PerformanceBudgetModel.Job(region, agency, year));
            foreach (var indicator in agency.Indicators) jobs.Add(Pages.Indicator.IndicatorModel.Job(region, agency, indicator));
            foreach (var document in agency.Documents) jobs.Add(Pages.DocumentQuality.DocumentQualityModel.Job(region, agency, document));
        }
        return jobs;
    }

    static IEnumerable<int> YearsWith(IndexAgency agency, string kind) =>
        agency.Documents.Where(d => d.Kind == kind).Select(d => d.Year).Distinct().Order();
}
