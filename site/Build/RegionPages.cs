using System.Text.Json;
using Sakip.Site.Api;
using Sakip.Site.Pages.Region;
using Sakip.Site.Pages.Statistics;
using Sakip.Site.Rendering;

namespace Sakip.Site.Build;

/// <summary>A region's page and its statistics pages, one request each; the PPKS summary of its latest statistics year
/// goes to the home page.</summary>
public static class RegionPages
{
    public static async Task<GroupAnswer> LoadAsync(GraphQLClient api, IndexRegion region, CancellationToken ct)
    {
        var data = await api.QueryAsync<RegionModel.Response>("RegionPage", new Dictionary<string, object?> { ["region"] = region.Code }, ct);
        var pages = new List<PageModel> { RegionModel.Create(data.Region ?? throw NoRegion(region)) };
        JsonElement? headline = null;
        var latest = region.StatisticsYears.DefaultIfEmpty().Max();
        foreach (var year in region.StatisticsYears.Order())
        {
            var answer = await api.QueryAsync<JsonElement>("StatisticsPage", new Dictionary<string, object?> { ["region"] = region.Code, ["year"] = year }, ct);
            var statistics = answer.Deserialize<StatisticsResponse>(GraphQLClient.Json)?.Region ?? throw NoRegion(region);
            pages.Add(StatisticsModel.Create(year, statistics));
            if (year == latest) headline = answer.GetProperty("region").GetProperty("ppksSummary");
        }
        return new GroupAnswer(pages, headline);
    }

    static SiteBuildException NoRegion(IndexRegion region) => new($"The API knows no region {region.Code}.");
}
