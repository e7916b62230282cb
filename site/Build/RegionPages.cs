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
    public static async Task<GroupAnswer> LoadAsync(GraphQLClient api, IndexRegion region, IReadOnlyDictionary<string, string> elsewhere, CancellationToken ct)
    {
        var data = await api.QueryAsync<RegionModel.Response>("RegionPage", new Dictionary<string, object?> { ["region"] = region.Code }, ct);
        var pages = new List<PageModel> { RegionModel.Create(data.Region ?? throw NoRegion(region)) };
        // The years at once, beside the aid of all of them: a rebuild after one changed document waits for its region's pages most.
        var aid = AidAsync(api, region, ct);
        var loading = Task.WhenAll(region.StatisticsYears.Order().Select(async year =>
        {
            var answer = await api.QueryAsync<JsonElement>("StatisticsPage", new Dictionary<string, object?> { ["region"] = region.Code, ["year"] = year }, ct);
            var statistics = answer.Deserialize<StatisticsResponse>(GraphQLClient.Json)?.Region ?? throw NoRegion(region);
            var full = statistics with { Agencies = (await aid)(year) };
            return (Year: year, Answer: answer, Region: full, Documents: await FindingsAsync(api, full, ct));
        }));
        // Both awaited, so a failure of either is reported and none is left unobserved.
        await Task.WhenAll(aid, loading);
        var years = await loading;
        // Each year's page sets its categories beside the same categories of the region's other years and links their comparisons across regions.
        var documents = region.Agencies.SelectMany(a => a.Documents).DistinctBy(d => d.Key).ToDictionary(d => d.Key, d => d.Source);
        pages.AddRange(years.Select(y => StatisticsModel.Create(y.Year, y.Region,
            years.Where(o => o.Year != y.Year).Select(o => (o.Year, o.Region)).ToList(), elsewhere, documents, y.Documents)));
        var latest = years.Length == 0 ? (JsonElement?)null : years[^1].Answer.GetProperty("region").GetProperty("ppksSummary");
        return new GroupAnswer(pages, latest);
    }

    /// <summary>Agencies per StatisticsAgencyAid request: in the generated dataset (every agency an LKjIP in three years)
    /// the API estimates one agency's aid rows at about 60,000 result fields, with or without a year (the estimate counts
    /// the agency's rows of every year), so 5 (about 300,000) stay under its default cost limit of 500,000.</summary>
    const int AidChunk = 5;

    /// <summary>StatisticsAgencyAid requests one region's group has in flight at once, so a build of many regions, each
    /// group on its own job, does not flood the API.</summary>
    const int AidRequestsAtOnce = 4;

    sealed record AidAnswer(List<AidNode?> Nodes);

    /// <summary>An agency with its aid rows of every year, each row with its year.</summary>
    sealed record AidNode(string Key, string Name, List<JsonElement> AidDistribution);

    /// <summary>Every agency of the region with its aid distribution, for any year: in the region's order (by name, as
    /// agencies(region:) gives them), each with its rows of that year in the API's order. The index already holds the
    /// agencies' ids, so the chunks are asked for at once, and every year comes in the same answer.</summary>
    static async Task<Func<int, List<AidAgency>>> AidAsync(GraphQLClient api, IndexRegion region, CancellationToken ct)
    {
        if (region.StatisticsYears.Count == 0) return _ => [];
        using var gate = new SemaphoreSlim(AidRequestsAtOnce);
        var chunks = await Task.WhenAll(region.Agencies.Chunk(AidChunk).Select(async chunk =>
        {
            await gate.WaitAsync(ct);
            try
            {
                var nodes = (await api.QueryAsync<AidAnswer>("StatisticsAgencyAid", new Dictionary<string, object?>
                {
                    ["agencies"] = chunk.Select(a => a.Id).ToList(),
                }, ct)).Nodes;
                // nodes(ids:) answers in the order of the ids, null for one it does not know: the release changed under the build.
                return chunk.Select((agency, i) => (i < nodes.Count ? nodes[i] : null) ?? throw new SiteBuildException(
                    $"The API knows no agency {agency.Key} ({agency.Id}) of region {region.Code} any more.")).ToList();
            }
            finally
            {
                gate.Release();
            }
        }));
        var agencies = chunks.SelectMany(c => c).Select(a => (a.Key, a.Name, Rows: a.AidDistribution
            .Select(r => (Year: r.GetProperty("year").GetInt32(), Row: r.Deserialize<AidRowData>(GraphQLClient.Json)!)).ToList())).ToList();
        return year => agencies.Select(a => new AidAgency(a.Key, a.Name, a.Rows.Where(r => r.Year == year).Select(r => r.Row).ToList())).ToList();
    }

    /// <summary>The documents the statistics come from, each with its whole list of findings; none asked for when no figure has one.</summary>
    static async Task<List<StatFindingsDocument>> FindingsAsync(GraphQLClient api, StatisticsRegion statistics, CancellationToken ct)
    {
        var ids = StatisticsModel.SourceDocumentsOf(statistics).Select(d => d.Id).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var documents = new List<StatFindingsDocument>();
        // nodes(ids:) takes at most 100 ids.
        foreach (var chunk in ids.Chunk(100))
            documents.AddRange((await api.QueryAsync<StatFindingsResponse>("StatisticsFindings", new Dictionary<string, object?> { ["documents"] = chunk }, ct)).Nodes.OfType<StatFindingsDocument>());
        return documents;
    }

    static SiteBuildException NoRegion(IndexRegion region) => new($"The API knows no region {region.Code}.");
}
