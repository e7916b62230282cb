using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;

namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// The most items each plain list field of the schema can return, derived from the loaded data (in the spirit of the
/// IBM GraphQL cost specification's <c>@listSize</c>): the largest count per parent in its table, e.g. the most
/// indicators any plan node has. Connections are sized by their <c>first</c>/<c>last</c> (100 when neither is
/// given). With these, the complexity analyser's estimate is an upper bound of the fields an answer can hold, not a
/// guess; the result-node cap during execution guards against data loaded after the sizes were read.
/// </summary>
public sealed class ListSizes(IServiceScopeFactory scopes, ILogger<ListSizes> logger)
{
    /// <summary>Field coordinate ("Type.field") to the SQL giving its largest count per parent; one query reads them all.</summary>
    private static readonly (string Field, string Sql)[] Derived =
    [
        ("Query.regions", "SELECT count(*) FROM regions"),
        ("Region.agencies", MaxPer("agencies", "region_id")),
        ("Region.ppks", MaxPer("ppks_categories", "region_id")),
        ("Region.psks", MaxPer("psks_entries", "region_id, year")),
        ("Region.statisticsYears", "SELECT max(c) FROM (SELECT count(DISTINCT year) c FROM (SELECT region_id, year FROM ppks_figures UNION SELECT region_id, year FROM psks_entries) y GROUP BY region_id) t"),
        ("Agency.units", MaxPer("units", "region_id, agency_id")),
        ("Agency.officials", MaxPer("officials", "region_id, agency_id")),
        ("Agency.documents", MaxPer("documents", "region_id, agency_id")),
        ("Agency.years", "SELECT max(c) FROM (SELECT count(DISTINCT year) c FROM documents GROUP BY region_id, agency_id) t"),
        ("Agency.planTree", MaxPer("plan_nodes WHERE parent_id IS NULL", "region_id, agency_id")),
        ("Agency.planNodes", MaxPer("plan_nodes", "region_id, agency_id")),
        ("Agency.indicators", MaxPer("indicators", "region_id, agency_id")),
        ("Agency.staffPositions", MaxPer("staff_positions", "region_id, agency_id")),
        ("Agency.staffCounts", MaxPer("staff_counts", "region_id, agency_id")),
        ("Agency.assets", MaxPer("asset_figures", "region_id, agency_id")),
        ("Agency.aidDistribution", MaxPer("aid_figures", "region_id, agency_id")),
        ("Unit.officials", MaxPer("officials", "region_id, unit_id")),
        ("Document.tables", MaxPer("source_tables", "region_id, document_id")),
        ("Document.findings", MaxPer("findings", "region_id, document_id")),
        ("SourceRow.cells", "SELECT max(CASE jsonb_typeof(cells) WHEN 'array' THEN jsonb_array_length(cells) WHEN 'object' THEN (SELECT count(*) FROM jsonb_object_keys(cells)) ELSE 0 END) FROM source_rows"),
        ("PlanNode.children", MaxPer("plan_nodes WHERE parent_id IS NOT NULL", "region_id, parent_id")),
        ("PlanNode.indicators", MaxPer("indicators", "region_id, plan_node_id")),
        ("PlanNode.contributesTo", MaxPer("contributions", "region_id, plan_node_id")),
        ("Indicator.contributors", MaxPer("contributions", "region_id, indicator_id")),
        ("Indicator.responsibleOfficials", MaxPer("officials", "region_id, unit_id")),
        ("Indicator.figures", MaxPer("indicator_figures", "region_id, indicator_id")),
        ("Indicator.figures(year)", MaxPer("indicator_figures", "region_id, indicator_id, year")),
        ("Indicator.targets", MaxPer("indicator_figures WHERE measure = 'Target'", "region_id, indicator_id")),
        ("Indicator.targets(year)", MaxPer("indicator_figures WHERE measure = 'Target'", "region_id, indicator_id, year")),
        ("Indicator.realisations", MaxPer("indicator_figures WHERE measure = 'Realisation'", "region_id, indicator_id")),
        ("Indicator.realisations(year)", MaxPer("indicator_figures WHERE measure = 'Realisation'", "region_id, indicator_id, year")),
        ("Indicator.history", "SELECT max(c) FROM (SELECT count(DISTINCT year) c FROM indicator_figures GROUP BY region_id, indicator_id) t"),
        // A node's and an agency's budget are always for one year (budget(year:) requires it).
        ("NodeBudget.figures", MaxPer("budget_figures", "region_id, plan_node_id, year")),
        ("NodeBudget.planned", MaxPer("budget_figures WHERE measure = 'Planned'", "region_id, plan_node_id, year")),
        ("AgencyBudget.figures", MaxPer("budget_figures WHERE plan_node_id IS NULL", "region_id, agency_id, year")),
        ("PpksStatistic.figures", MaxPer("ppks_figures", "region_id, category_id, year")),
        ("PpksSummary.statedTotals", MaxPer("stated_totals", "region_id")),
    ];

    /// <summary>Fields whose size is a rule of the schema rather than of the data.</summary>
    private static readonly Dictionary<string, Func<FieldImpactContext, double>> Declared = new(StringComparer.Ordinal)
    {
        // nodes(ids:) answers one item per id; the argument validator allows at most 100.
        ["Query.nodes"] = c => c.Arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection list ? list.Count : 100,
    };

    private IReadOnlyDictionary<string, double>? _sizes;
    private readonly SemaphoreSlim _loading = new(1, 1);

    /// <summary>
    /// The sizes read from the database on the first request, after this process loaded the seed. A load by another
    /// process is seen at the next start; until then the result-node cap bounds what a larger list could add.
    /// </summary>
    public async ValueTask<IReadOnlyDictionary<string, double>> GetAsync(CancellationToken ct)
    {
        if (_sizes is { } known)
        {
            return known;
        }
        await _loading.WaitAsync(ct);
        try
        {
            if (_sizes is { } loaded)
            {
                return loaded;
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT " + string.Join(", ", Derived.Select((d, i) => $"coalesce(({d.Sql}), 0) AS c{i}"));
                await using var reader = await command.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                var sizes = new Dictionary<string, double>(StringComparer.Ordinal);
                for (var i = 0; i < Derived.Length; i++)
                {
                    // At least 1, so an empty table still counts its field once.
                    sizes[Derived[i].Field] = Math.Max(1, Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                }
                logger.LogInformation("List sizes for the cost estimate read from the data: {Sizes}", string.Join(", ", sizes.Select(s => $"{s.Key}={s.Value}")));
                _sizes = sizes;
                return sizes;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Every list field the sizes cover, for the test that no list field of the schema goes unsized.</summary>
    public static IEnumerable<string> Covered => Derived.Select(d => d.Field).Concat(Declared.Keys).Where(f => !f.EndsWith("(year)", StringComparison.Ordinal));

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

    private static string MaxPer(string table, string groupBy) => $"SELECT max(c) FROM (SELECT count(*) c FROM {table} GROUP BY {groupBy}) t";
}
