using System.Text.Json;
using Sakip.Site.Api;
using Sakip.Site.Pages.Agency;
using Sakip.Site.Pages.DocumentQuality;
using Sakip.Site.Pages.Indicator;
using Sakip.Site.Pages.Lkjip;
using Sakip.Site.Pages.PerformanceBudget;
using Sakip.Site.Pages.Plan;
using Sakip.Site.Pages.Rak;
using Sakip.Site.Rendering;

namespace Sakip.Site.Build;

/// <summary>An agency's pages from one AgencyPages request and one AgencyYearPages request per year (two for a year with
/// both a RAK and an LKjIP), in the plan's order (<see cref="SitePlan"/>); the headline of its latest year goes to the
/// home page.</summary>
public static class AgencyPages
{
    public static async Task<GroupAnswer> LoadAsync(GraphQLClient api, IndexRegion region, IndexAgency agency,
        IReadOnlyDictionary<string, string> compared, CancellationToken ct)
    {
        var rakYears = SitePlan.YearsWith(agency, "RAK").ToList();
        var lkjipYears = SitePlan.YearsWith(agency, "LKJIP").ToList();
        var performanceBudgetYears = SitePlan.PerformanceBudgetYears(agency).ToList();
        var latest = agency.Years.Count == 0 ? (int?)null : agency.Years.Max();

        var node = Node(await api.QueryAsync<JsonElement>("AgencyPages", new Dictionary<string, object?> { ["agency"] = agency.Id }, ct), "node", agency);
        var years = new Dictionary<(int Year, string Part), JsonElement>();
        foreach (var year in agency.Years.Union(rakYears).Union(lkjipYears).Order())
        {
            // A year with both documents asks for its LKjIP apart (the two together exceed the API's cost limit).
            var rak = rakYears.Contains(year);
            var lkjip = lkjipYears.Contains(year);
            List<string[]> requests = rak && lkjip ? [["rak", "performanceBudget", "headline"], ["lkjip"]] : [["rak", "lkjip", "performanceBudget", "headline"]];
            foreach (var parts in requests)
            {
                var answer = await api.QueryAsync<JsonElement>("AgencyYearPages", new Dictionary<string, object?>
                {
                    ["agency"] = agency.Id, ["year"] = year,
                    ["rak"] = rak && parts.Contains("rak"), ["lkjip"] = lkjip && parts.Contains("lkjip"),
                    ["performanceBudget"] = performanceBudgetYears.Contains(year) && parts.Contains("performanceBudget"), ["headline"] = year == latest && parts.Contains("headline"),
                }, ct);
                foreach (var part in parts) years[(year, part)] = answer;
            }
        }

        var pages = new List<PageModel> { AgencyModel.Create(region, agency, Read<AgencyModel.AgencyData>(node)) };
        var documentList = Read<List<Pages.DocumentQuality.DocumentData>>(node.GetProperty("documentPages"));
        pages.AddRange(rakYears.Select(y => RakModel.Create(region, agency, y, Read<AgencyYearData>(Node(years[(y, "rak")], "rak", agency)), performanceBudgetYears.Contains(y), documentList)));
        pages.AddRange(lkjipYears.Select(y => LkjipModel.Create(region, agency, y, Read<LkjipModel.LkjipAgency>(Node(years[(y, "lkjip")], "lkjip", agency)), documentList)));
        pages.AddRange(performanceBudgetYears.Select(y => PerformanceBudgetModel.Create(region, agency, y, Read<AgencyYearData>(Node(years[(y, "performanceBudget")], "performanceBudget", agency)))));

        var indicators = ByKey(Read<List<IndicatorModel.IndicatorData>>(node.GetProperty("indicatorPages")), i => i.Key);
        pages.AddRange(agency.Indicators.Select(i => IndicatorModel.Create(region, agency, i, Find(indicators, i.Key, "indicator", agency), documentList,
            compared.GetValueOrDefault(i.Key))));
        var documents = ByKey(documentList, d => d.Key);
        pages.AddRange(agency.Documents.Select(d => DocumentQualityModel.Create(region, agency, Find(documents, d.Key, "document", agency))));

        return new GroupAnswer(pages, latest is { } l ? Node(years[(l, "headline")], "headline", agency) : null);
    }

    static JsonElement Node(JsonElement data, string alias, IndexAgency agency) =>
        data.TryGetProperty(alias, out var node) && node.ValueKind == JsonValueKind.Object
            ? node
            : throw new SiteBuildException($"The API answered no {alias} for the agency {agency.Key} ({agency.Id}).");

    static T Read<T>(JsonElement element) => element.Deserialize<T>(GraphQLClient.Json)!;

    static Dictionary<string, T> ByKey<T>(List<T> items, Func<T, string> key)
    {
        var byKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items) byKey.TryAdd(key(item), item);
        return byKey;
    }

    static T Find<T>(Dictionary<string, T> items, string key, string what, IndexAgency agency) =>
        items.TryGetValue(key, out var item) ? item : throw new SiteBuildException($"The API's AgencyPages answer for {agency.Key} ({agency.Id}) has no {what} {key}.");
}
