using Npgsql;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.Hosting;
using Sakip.Api.Plan;
using Sakip.Api.Releases;

namespace Sakip.Api.Organisation;

/// <summary>
/// The regions and agencies of the release being served, with each region's statistics years and capaian scale,
/// held in memory: nearly every query starts from them, they change only with a load, and a nation has a few hundred
/// regions and some twenty thousand agencies. Read in one round trip once per release.
/// </summary>
public sealed class RegionDirectory(DatabaseDataSources dataSources, ReleaseMonitor releases, ILogger<RegionDirectory> logger)
{
    private readonly PerRelease<Snapshot> _snapshot = new(releases, (release, ct) => ReadAsync(dataSources, release, logger, ct));

    public ValueTask<Snapshot> GetAsync(CancellationToken ct) => _snapshot.GetAsync(ct);

    public sealed class Snapshot(IReadOnlyList<Region> regions, IReadOnlyList<Agency> agencies,
        IEnumerable<(int Region, int Year)> statisticsYears, IEnumerable<RegionCapaianScale> scales, IReadOnlyDictionary<int, string>? documents = null)
    {
        private readonly Dictionary<string, Region> _byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        private readonly Dictionary<int, Region> _byId = regions.ToDictionary(r => r.Id);
        private readonly Dictionary<int, IReadOnlyList<Agency>> _agencies = agencies.GroupBy(a => a.RegionId).ToDictionary(g => g.Key, g => (IReadOnlyList<Agency>)[.. g]);
        private readonly Dictionary<RegionKey, Agency> _agencyById = agencies.ToDictionary(RegionKey.Of);
        private readonly Dictionary<int, IReadOnlyList<int>> _years = statisticsYears.GroupBy(y => y.Region)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(y => y.Year).OrderDescending()]);
        private readonly Dictionary<int, CapaianScale> _scales = scales.ToDictionary(s => s.RegionId, s => s.ToScale());
        private readonly IReadOnlyDictionary<int, string> _documents = documents ?? new Dictionary<int, string>();

        /// <summary>Every region, by code.</summary>
        public IReadOnlyList<Region> Regions { get; } = regions;

        public Region? ByCode(string code) => _byCode.GetValueOrDefault(code);

        public Region? ById(int id) => _byId.GetValueOrDefault(id);

        /// <summary>The region's agencies by name (the database's collation).</summary>
        public IReadOnlyList<Agency> AgenciesOf(int region) => _agencies.GetValueOrDefault(region) ?? [];

        public Agency? Agency(RegionKey key) => _agencyById.GetValueOrDefault(key);

        /// <summary>The years with PPKS or PSKS figures, newest first.</summary>
        public IReadOnlyList<int> StatisticsYears(int region) => _years.GetValueOrDefault(region) ?? [];

        /// <summary>The region's category scale; Permendagri 86/2017 for a region without one.</summary>
        public CapaianScale Scale(int region) => _scales.GetValueOrDefault(region) ?? CapaianScale.Permendagri86;

        /// <summary>
        /// What the region's data is made from: its names, scale and statistics years, and each of its documents' key,
        /// row id and content hash. A load that adds, reloads (new row ids) or removes one of its documents changes it;
        /// a load of other regions' documents does not, so a client can keep what it read of the region across releases.
        /// </summary>
        public string ContentHash(Region region) => RegionContentHash.Of(region, StatisticsYears(region.Id), Scale(region.Id), _documents.GetValueOrDefault(region.Id) ?? "");
    }

    private static async Task<Snapshot> ReadAsync(DatabaseDataSources dataSources, string? release, ILogger logger, CancellationToken ct)
    {
        await using var connection = await dataSources.Reads.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new("SELECT id, code, name, province FROM regions ORDER BY code"),
                new("SELECT region_id, id, key, name FROM agencies ORDER BY region_id, name, id"),
                new("SELECT region_id, year FROM ppks_figures UNION SELECT region_id, year FROM psks_entries"),
                new("SELECT region_id, name, source, classes::text, cap FROM region_capaian_scales"),
                new("SELECT region_id, md5(string_agg(key || ' ' || id || ' ' || content_hash, E'\n' ORDER BY key)) FROM documents GROUP BY region_id"),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var regions = new List<Region>();
        while (await reader.ReadAsync(ct))
        {
            regions.Add(new Region { Id = reader.GetInt32(0), Code = reader.GetString(1), Name = reader.GetString(2), Province = reader.GetString(3) });
        }
        await reader.NextResultAsync(ct);
        var agencies = new List<Agency>();
        while (await reader.ReadAsync(ct))
        {
            agencies.Add(new Agency { RegionId = reader.GetInt32(0), Id = reader.GetInt64(1), Key = reader.GetString(2), Name = reader.GetString(3) });
        }
        await reader.NextResultAsync(ct);
        var years = new List<(int, int)>();
        while (await reader.ReadAsync(ct))
        {
            years.Add((reader.GetInt32(0), reader.GetInt32(1)));
        }
        await reader.NextResultAsync(ct);
        var scales = new List<RegionCapaianScale>();
        while (await reader.ReadAsync(ct))
        {
            scales.Add(new RegionCapaianScale
            {
                RegionId = reader.GetInt32(0), Name = reader.GetString(1), Source = reader.GetString(2), Classes = reader.GetString(3),
                Cap = reader.IsDBNull(4) ? null : reader.GetDecimal(4),
            });
        }
        await reader.NextResultAsync(ct);
        var documents = new Dictionary<int, string>();
        while (await reader.ReadAsync(ct))
        {
            documents[reader.GetInt32(0)] = reader.GetString(1);
        }
        logger.LogInformation("Directory of release {Release}: {Regions} regions, {Agencies} agencies", release ?? "(none)", regions.Count, agencies.Count);
        return new Snapshot(regions, agencies, years, scales, documents);
    }
}

public static class RegionDirectoryExtensions
{
    public static ValueTask<RegionDirectory.Snapshot> Directory(this global::GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RegionDirectory>().GetAsync(context.CancellationToken);

    /// <summary>
    /// The id of the region with this code, from the directory in memory, for a filter on the region-leading indexes
    /// (a join on regions' code made the count of a national region's indicators join for every row); 0, which no
    /// region has, when the code is unknown, so the filter matches nothing. "63-01" is "63.01"; a text that is no region
    /// code is refused with a hint (<see cref="RegionCodes"/>).
    /// </summary>
    public static async ValueTask<int> RegionIdOf(this global::GraphQL.IResolveFieldContext context, string code, string argument = "region") =>
        (await context.Directory()).ByCode(RegionCodes.Normalize(argument, code))?.Id ?? 0;

    /// <summary>An agency from the directory, as a deferred result like a loader's.</summary>
    public static global::GraphQL.DataLoader.IDataLoaderResult<Agency?> AgencyOf(this global::GraphQL.IResolveFieldContext context, RegionKey agency)
    {
        var directory = context.RequestServices!.GetRequiredService<RegionDirectory>();
        return Deferred.From(async ct => (await directory.GetAsync(ct)).Agency(agency));
    }
}
