namespace Sakip.Site.Build;

/// <summary>Every page of the site, from what the API knows: one line per page type.</summary>
public static class SitePlan
{
    public static List<PageJob> Jobs(SiteIndexData index)
    {
        var jobs = new List<PageJob>
        {
            Pages.Home.HomeModel.Job(index),
        };
        return jobs;
    }
}
