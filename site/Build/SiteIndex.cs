using Sakip.Site.Api;

namespace Sakip.Site.Build;

/// <summary>What there are pages for: the answer to SiteIndex.graphql, with each region's agencies from SiteRegionIndex.graphql.</summary>
public sealed record SiteIndexData(IndexRelease? Release, List<IndexRegion> Regions)
{
    public IEnumerable<(IndexRegion Region, IndexAgency Agency)> Agencies =>
        Regions.SelectMany(r => r.Agencies.Select(a => (r, a)));

    /// <summary>The regions, then each region's agencies, <paramref name="parallel"/> requests at a time.</summary>
    public static async Task<SiteIndexData> ReadAsync(GraphQLClient api, int parallel, CancellationToken ct)
    {
        var index = await api.QueryAsync<SiteIndexData>("SiteIndex", new Dictionary<string, object?>(), ct);
        var agencies = new List<IndexAgency>[index.Regions.Count];
        var ppks = new List<IndexPpks>?[index.Regions.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, index.Regions.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (i, token) =>
            {
                var region = index.Regions[i];
                var answer = await api.QueryAsync<RegionIndexData>("SiteRegionIndex", new Dictionary<string, object?>
                {
                    ["code"] = region.Code, ["year"] = region.StatisticsYears.DefaultIfEmpty(0).Max(), ["statistics"] = region.StatisticsYears.Count > 0,
                }, token);
                agencies[i] = answer.Region?.Agencies ?? [];
                ppks[i] = answer.Region?.Ppks;
            });
        return index with { Regions = index.Regions.Select((r, i) => r with { Agencies = agencies[i], LatestPpks = ppks[i] }).ToList() };
    }
}

/// <summary>The answer to SiteRegionIndex.graphql.</summary>
public sealed record RegionIndexData(RegionAgencies? Region);

public sealed record RegionAgencies(List<IndexAgency> Agencies, List<IndexPpks>? Ppks);

/// <summary>How many documents the release holds and how many its load added or reloaded.</summary>
public sealed record IndexRelease(int Documents, int DocumentsLoaded, string? Id = null, DateTimeOffset? LoadedAt = null)
{
    public Sakip.Site.Rendering.ReleaseInfo? Info => Id is { } id && LoadedAt is { } at ? new(id, at) : null;
}

/// <summary>A region; its agencies come from SiteRegionIndex (empty in SiteIndex's own answer).</summary>
public sealed record IndexRegion(string Code, string Name, string Province, List<int> StatisticsYears, Sakip.Site.Pages.Plan.ScaleData? CapaianScale, List<IndexAgency>? Agencies)
{
    public List<IndexAgency> Agencies { get; init; } = Agencies ?? [];

    /// <summary>PPKS per category of the latest statistics year (from SiteRegionIndex), for other regions' comparisons.</summary>
    public List<IndexPpks>? LatestPpks { get; init; }
}

public sealed record IndexAgency(string Id, string Key, string Name, List<int> Years, List<IndexDocument> Documents, List<IndexIndicator> Indicators)
{
    /// <summary>The agency's documents of these keys with their original publication, in the order given.</summary>
    public List<Sakip.Site.Rendering.SourceDocument> SourceDocuments(IEnumerable<string> keys) =>
        keys.Select(k => Documents.Find(d => d.Key == k)).OfType<IndexDocument>().Select(d => d.Source).ToList();
}

public sealed record IndexDocument(string Id, string Key, string Kind, int Year, string Title, DateOnly? PublishedOn, string? ContentHash, List<IndexFinding> Findings,
    string? OriginalTitle = null, string? Publisher = null, string? OriginalUrl = null, string? OriginalSha256 = null)
{
    /// <summary>The document with its original publication, for the "Dokumen sumber" block of the pages built from it.</summary>
    public Sakip.Site.Rendering.SourceDocument Source => new(Key, Kind, Year, Title, new(OriginalTitle, Publisher, OriginalUrl, OriginalSha256));
}

public sealed record IndexFinding(string Kind);

/// <summary>An indicator with its capaian per year, which the pages of the same indicator elsewhere compare with (<see cref="IndicatorComparisons"/>).</summary>
public sealed record IndexIndicator(string Id, string Key, string Name, string Kind, string? Unit, List<IndexCapaian>? History = null);
