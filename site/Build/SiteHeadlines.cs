using System.Collections.Concurrent;
using System.Text.Json;
using Sakip.Site.Api;
using Sakip.Site.Pages.Home;

namespace Sakip.Site.Build;

/// <summary>The headlines the home page shows, by group: from a group's answers when it was loaded, from its record in
/// the previous build's manifest when it was carried over.</summary>
public sealed class SiteHeadlines
{
    readonly ConcurrentDictionary<string, JsonElement?> _byGroup = new(StringComparer.Ordinal);

    public void Set(string group, JsonElement? headline) => _byGroup[group] = headline;

    public HomeModel Home(SiteIndexData index) => HomeModel.Create(index,
        (region, agency) => Read<HomeModel.AgencyHeadlineData>(SitePlan.AgencyGroup(region, agency)),
        region => Read<HomeModel.HeadlineSummary>(SitePlan.RegionGroup(region)));

    T Read<T>(string group) =>
        _byGroup.TryGetValue(group, out var headline) && headline is { } element
            ? element.Deserialize<T>(GraphQLClient.Json)!
            : throw new InvalidOperationException($"No headline of {group} for the home page.");
}
