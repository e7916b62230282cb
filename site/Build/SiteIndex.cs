namespace Sakip.Site.Build;

/// <summary>The answer to SiteIndex.graphql: what there are pages for.</summary>
public sealed record SiteIndexData(IndexRelease? Release, List<IndexRegion> Regions)
{
    public IEnumerable<(IndexRegion Region, IndexAgency Agency)> Agencies =>
        Regions.SelectMany(r => r.Agencies.Select(a => (r, a)));
}

/// <summary>How many documents the release holds and how many its load added or reloaded.</summary>
public sealed record IndexRelease(int Documents, int DocumentsLoaded);

public sealed record IndexRegion(string Code, string Name, string Province, List<int> StatisticsYears, IndexScale? CapaianScale, List<IndexAgency> Agencies);

public sealed record IndexScale(string Name, string Source, decimal SangatTinggiFrom, decimal TinggiFrom, decimal SedangFrom, decimal RendahFrom);

public sealed record IndexAgency(string Id, string Key, string Name, List<int> Years, List<IndexDocument> Documents, List<IndexIndicator> Indicators);

public sealed record IndexDocument(string Id, string Key, string Kind, int Year, string Title, DateOnly? PublishedOn, string? ContentHash, List<IndexFinding> Findings);

public sealed record IndexFinding(string Kind);

public sealed record IndexIndicator(string Id, string Key, string Name, string Kind, string? Unit);
