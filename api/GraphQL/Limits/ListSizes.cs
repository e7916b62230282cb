using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;
using Sakip.Api.Releases;

namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// The most items each plain list field of the schema can return, derived from the loaded data (in the spirit of the
/// IBM GraphQL cost specification's <c>@listSize</c>): the largest count per parent in its table, e.g. the most
/// indicators any plan node has. Connections are sized by their <c>first</c>/<c>last</c> (100 when neither is
/// given). With these, the complexity analyser's estimate is an upper bound of the fields an answer can hold, not a
/// guess; the result-node cap during execution guards against anything else.
/// The loader computes each region's sizes when it loads the region (<see cref="ComputeAsync"/>, a read model in
/// region_list_sizes); the API reads their maxima once per release, a small indexed table whatever the nation's size.
/// </summary>
public sealed class ListSizes
{
    private readonly Hosting.DatabaseDataSources dataSources;
    private readonly ILogger<ListSizes> logger;
    private readonly PerRelease<IReadOnlyDictionary<string, double>> _sizes;

    public ListSizes(Hosting.DatabaseDataSources dataSources, ReleaseMonitor releases, ILogger<ListSizes> logger)
    {
        this.dataSources = dataSources;
        this.logger = logger;
        _sizes = new(releases, ReadAsync);
    }

    /// <summary>Field coordinate ("Type.field") to the SQL giving, per region of @regions, its largest count per parent.</summary>
    private static readonly (string Field, string Sql)[] Derived =
    [
        ("Region.agencies", MaxPer("agencies", "region_id")),
        ("Region.ppks", MaxPer("ppks_categories", "region_id")),
        ("Region.psks", MaxPer("psks_entries", "region_id, year")),
        ("Region.statisticsYears", "SELECT region_id, count(DISTINCT year) FROM (SELECT region_id, year FROM ppks_figures WHERE region_id = ANY(@regions) "
            + "UNION SELECT region_id, year FROM psks_entries WHERE region_id = ANY(@regions)) y GROUP BY region_id"),
        ("Agency.units", MaxPer("units", "region_id, agency_id")),
        ("Agency.officials", MaxPer("officials", "region_id, agency_id")),
        ("Agency.documents", MaxPer("documents", "region_id, agency_id")),
        ("Agency.years", MaxPer("documents", "region_id, agency_id", count: "count(DISTINCT year)")),
        ("Agency.planTree", MaxPer("plan_nodes", "region_id, agency_id", "parent_id IS NULL")),
        ("Agency.planNodes", MaxPer("plan_nodes", "region_id, agency_id")),
        ("Agency.indicators", MaxPer("indicators", "region_id, agency_id")),
        ("Agency.staffPositions", MaxPer("staff_positions", "region_id, agency_id")),
        ("Agency.staffCounts", MaxPer("staff_counts", "region_id, agency_id")),
        ("Agency.assets", MaxPer("asset_figures", "region_id, agency_id")),
        ("Agency.aidDistribution", MaxPer("aid_figures", "region_id, agency_id")),
        ("CapaianScale.classes", "SELECT region_id, jsonb_array_length(classes) FROM region_capaian_scales WHERE region_id = ANY(@regions)"),
        ("Unit.officials", MaxPer("officials", "region_id, unit_id")),
        ("Document.tables", MaxPer("source_tables", "region_id, document_id")),
        ("Document.findings", MaxPer("findings", "region_id, document_id")),
        ("SourceRow.cells", "SELECT region_id, max(CASE jsonb_typeof(cells) WHEN 'array' THEN jsonb_array_length(cells) WHEN 'object' THEN "
            + "(SELECT count(*) FROM jsonb_object_keys(cells)) ELSE 0 END) FROM source_rows WHERE region_id = ANY(@regions) GROUP BY region_id"),
        ("PlanNode.children", MaxPer("plan_nodes", "region_id, parent_id", "parent_id IS NOT NULL")),
        ("PlanNode.indicators", MaxPer("indicators", "region_id, plan_node_id")),
        ("PlanNode.contributesTo", MaxPer("contributions", "region_id, plan_node_id")),
        ("Indicator.contributors", MaxPer("contributions", "region_id, indicator_id")),
        ("Indicator.responsibleOfficials", MaxPer("officials", "region_id, unit_id")),
        ("Indicator.figures", MaxPer("indicator_figures", "region_id, indicator_id")),
        ("Indicator.figures(year)", MaxPer("indicator_figures", "region_id, indicator_id, year")),
        ("Indicator.targets", MaxPer("indicator_figures", "region_id, indicator_id", "measure = 'Target'")),
        ("Indicator.targets(year)", MaxPer("indicator_figures", "region_id, indicator_id, year", "measure = 'Target'")),
        ("Indicator.realisations", MaxPer("indicator_figures", "region_id, indicator_id", "measure = 'Realisation'")),
        ("Indicator.realisations(year)", MaxPer("indicator_figures", "region_id, indicator_id, year", "measure = 'Realisation'")),
        ("Indicator.history", MaxPer("indicator_figures", "region_id, indicator_id", count: "count(DISTINCT year)")),
        // A node's and an agency's budget are always for one year (budget(year:) requires it).
        ("NodeBudget.figures", MaxPer("budget_figures", "region_id, plan_node_id, year")),
        ("NodeBudget.planned", MaxPer("budget_figures", "region_id, plan_node_id, year", "measure = 'Planned'")),
        ("AgencyBudget.figures", MaxPer("budget_figures", "region_id, agency_id, year", "plan_node_id IS NULL")),
        ("PpksStatistic.figures", MaxPer("ppks_figures", "region_id, category_id, year")),
        ("PpksSummary.statedTotals", MaxPer("stated_totals", "region_id")),
    ];

    /// <summary>Sized by the number of regions, counted when read.</summary>
    private const string RegionsField = "Query.regions";

    /// <summary>Fields whose size is a rule of the schema rather than of the data.</summary>
    private static readonly Dictionary<string, Func<FieldImpactContext, double>> Declared = new(StringComparer.Ordinal)
    {
        // nodes(ids:) answers one item per id; the argument validator allows at most 100.
        ["Query.nodes"] = c => c.Arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection list ? list.Count : 100,
    };


    /// <summary>
    /// Replaces the stored sizes of <paramref name="regions"/> with what their rows give now: part of a load, in its
    /// transaction. Each statement reads only those regions' rows, through indexes that begin with region_id.
    /// </summary>
    public static async Task ComputeAsync(SakipDbContext db, IReadOnlyCollection<int> regions, CancellationToken ct)
    {
        var ids = regions.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return;
        }
        var parameter = new Npgsql.NpgsqlParameter("regions", ids);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM region_list_sizes WHERE region_id = ANY(@regions)", [parameter], ct);
        var sql = "INSERT INTO region_list_sizes (region_id, field, size) "
            + string.Join("\nUNION ALL\n", Derived.Select(d => $"SELECT t.region_id, '{d.Field}', coalesce(t.c, 0) FROM ({d.Sql}) AS t(region_id, c)"));
        await db.Database.ExecuteSqlRawAsync(sql, [new Npgsql.NpgsqlParameter("regions", ids)], ct);
    }

    /// <summary>
    /// The sizes of the release being served: the largest over the regions, read again when the release changes (a
    /// load by another process included).
    /// </summary>
    public ValueTask<IReadOnlyDictionary<string, double>> GetAsync(CancellationToken ct) => _sizes.GetAsync(ct);

    private async Task<IReadOnlyDictionary<string, double>> ReadAsync(string? release, CancellationToken ct)
    {
        // Once a release, beside the requests: straight on the pool, like the release itself.
        await using var command = dataSources.Reads.CreateCommand(
            $"SELECT '{RegionsField}', count(*) FROM regions UNION ALL SELECT field, max(size) FROM region_list_sizes GROUP BY field");
        await using var reader = await command.ExecuteReaderAsync(ct);
        // At least 1, so an empty table still counts its field once.
        var sizes = Derived.Select(d => d.Field).Append(RegionsField).ToDictionary(f => f, _ => 1d, StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            sizes[reader.GetString(0)] = Math.Max(1, reader.GetInt64(1));
        }
        logger.LogInformation("List sizes for the cost estimate of release {Release}: {Sizes}", release ?? "(none)",
            string.Join(", ", sizes.Select(s => $"{s.Key}={s.Value}")));
        return sizes;
    }

    /// <summary>Every list field the sizes cover, for the test that no list field of the schema goes unsized.</summary>
    public static IEnumerable<string> Covered => Derived.Select(d => d.Field).Append(RegionsField).Concat(Declared.Keys)
        .Where(f => !f.EndsWith("(year)", StringComparison.Ordinal));

    /// <summary>
    /// Complexity impact of one field: 1, and for a list 1 plus the items it can hold, its children counting once per
    /// item. So the estimate bounds the result nodes the execution strategy counts (fields and list items).
    /// </summary>
    public static FieldComplexityResult Impact(FieldImpactContext context, IReadOnlyDictionary<string, double> sizes, double unsized)
    {
        var type = Unwrap(context.FieldDefinition.ResolvedType);
        if (type is not ListGraphType list)
        {
            return new(1, 1);
        }
        var coordinate = $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
        // A list filtered to one year has its own, smaller size where the data gives one; so has a list reached
        // through a given parent list (every type's fields under __schema.types add up to the schema's fields).
        var byYear = context.Arguments?.TryGetValue("year", out var year) == true && year.Value is int;
        // GraphQL.NET gives a parent its field but not its type: the parent is named by its field alone.
        var under = context.Parent is { FieldDefinition: { } parentField } ? $"{coordinate}@{parentField.Name}" : null;
        var size = Declared.TryGetValue(coordinate, out var rule) ? rule(context)
            : under is not null && sizes.TryGetValue(under, out var nested) ? nested
            : byYear && sizes.TryGetValue(coordinate + "(year)", out var yearly) ? yearly
            : sizes.TryGetValue(coordinate, out var derived) ? derived
            : ConnectionPage(context) ?? unsized;
        return new(1 + size, size);
    }

    /// <summary>A connection's <c>items</c>/<c>edges</c> hold at most the page size the connection field asked for.</summary>
    private static double? ConnectionPage(FieldImpactContext context)
    {
        if (context.Parent is not { } parent || parent.FieldDefinition.Arguments?.Find("first") is null)
        {
            return null;
        }
        var first = parent.Arguments?.TryGetValue("first", out var f) == true && f.Value is int a ? a : (int?)null;
        var last = parent.Arguments?.TryGetValue("last", out var l) == true && l.Value is int b ? b : (int?)null;
        return (first, last) switch
        {
            (null, null) => Relay.Paging.MaxPageSize,
            ({ } x, null) => x,
            (null, { } y) => y,
            ({ } x, { } y) => Math.Min(x, y),
        };
    }

    private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;

    /// <summary>Per region of @regions, the largest count of rows (or of <paramref name="count"/>) per group.</summary>
    private static string MaxPer(string table, string groupBy, string? filter = null, string count = "count(*)") =>
        $"SELECT region_id, max(c) FROM (SELECT region_id, {count} c FROM {table} WHERE region_id = ANY(@regions)"
        + (filter is null ? "" : $" AND {filter}") + $" GROUP BY {groupBy}) g GROUP BY region_id";
}
