using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Site.Api;

namespace Sakip.Site.Build;

/// <summary>What there are pages for: the answer to SiteIndex.graphql, with each region's agencies from SiteRegionIndex.graphql.</summary>
public sealed record SiteIndexData(IndexRelease? Release, List<IndexRegion> Regions)
{
    public IEnumerable<(IndexRegion Region, IndexAgency Agency)> Agencies =>
        Regions.SelectMany(r => r.Agencies.Select(a => (r, a)));

    /// <summary>Each region's answer to SiteRegionIndex as this build keeps it (<see cref="RegionIndexFiles"/>), by file path.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, byte[]> RegionFiles { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>How many regions' answers were taken from the published build instead of the API.</summary>
    [JsonIgnore]
    public int RegionsKept { get; init; }

    /// <summary>The regions, then each region's agencies, <paramref name="parallel"/> requests at a time; a region whose
    /// content hash is that of its answer in <paramref name="published"/> (the published build's folder; null to ask for
    /// every region) is not asked for again.</summary>
    public static async Task<SiteIndexData> ReadAsync(GraphQLClient api, int parallel, string? published, CancellationToken ct)
    {
        const string query = "SiteRegionIndex";
        var index = await api.QueryAsync<SiteIndexData>("SiteIndex", new Dictionary<string, object?>(), ct);
        var operation = Queries.IdOf(query);
        var agencies = new List<IndexAgency>[index.Regions.Count];
        var ppks = new List<IndexPpks>?[index.Regions.Count];
        var files = new byte[index.Regions.Count][];
        var kept = 0;
        // The regions the API must be asked for go first, so its answers come while the others' files are read.
        var order = Enumerable.Range(0, index.Regions.Count).OrderBy(i => index.Regions[i].ContentHash is { } h && RegionIndexFiles.Has(published, index.Regions[i].Code, h)).ToList();
        await Parallel.ForEachAsync(order, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (i, token) =>
            {
                var region = index.Regions[i];
                var variables = new Dictionary<string, object?>
                {
                    ["code"] = region.Code, ["year"] = region.StatisticsYears.DefaultIfEmpty(0).Max(), ["statistics"] = region.StatisticsYears.Count > 0,
                };
                var json = GraphQLClient.VariablesJson(variables);
                var hash = region.ContentHash ?? throw new SiteBuildException($"The API gave no content hash for region {region.Code}.");
                var data = RegionIndexFiles.Read(published, region.Code, operation, json, hash);
                if (data is null) data = await api.QueryDataAsync(query, variables, token);
                else Interlocked.Increment(ref kept);
                var answer = JsonSerializer.Deserialize<RegionIndexData>(data, GraphQLClient.Json)
                             ?? throw new SiteBuildException($"The API answered {query} for region {region.Code} with empty data.");
                agencies[i] = answer.Region?.Agencies ?? [];
                ppks[i] = answer.Region?.Ppks;
                files[i] = RegionIndexFiles.Write(operation, json, hash, data);
            });
        return index with
        {
            Regions = index.Regions.Select((r, i) => r with { Agencies = agencies[i], LatestPpks = ppks[i] }).ToList(),
            RegionFiles = index.Regions.Select((r, i) => (r, i)).ToDictionary(p => RegionIndexFiles.PathOf(p.r.Code, p.r.ContentHash!), p => files[p.i], StringComparer.Ordinal),
            RegionsKept = kept,
        };
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

    /// <summary>The region's content hash (<c>Region.contentHash</c>): whether its answer to SiteRegionIndex can be kept
    /// (<see cref="RegionIndexFiles"/>). Not a page's input: the pages hash what they show of the region.</summary>
    public string? ContentHash { get; init; }
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
