using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;

namespace Sakip.Api.GraphQL.Relay;

/// <summary>Global object identification: <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public static class NodeQueries
{
    public const int MaxIds = Paging.MaxPageSize;

    public static void AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global id; null when no such object exists.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from an `id` field.", a => a.Validator = value => CheckId("id", value))
            .Resolve(c => Load(c, c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Objects by their global ids, in the same order (null where none exists); at most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.", a => a.Validator = value =>
            {
                if (value is System.Collections.ICollection { Count: > MaxIds } ids)
                {
                    throw new ArgumentException($"'ids' may hold at most {MaxIds} ids; it held {ids.Count}.");
                }
                foreach (var id in value as System.Collections.IEnumerable ?? Array.Empty<object>())
                {
                    CheckId("ids", id);
                }
            })
            .Resolve(c =>
            {
                var results = c.GetArgument<List<string>>("ids").Select(id => Load(c, id)).ToList();
                return Deferred.From(async ct =>
                {
                    var list = new List<object?>();
                    foreach (var result in results)
                    {
                        list.Add(result is null ? null : await result.GetResultAsync(ct));
                    }
                    return list;
                });
            });
    }

    private static void CheckId(string argument, object? value)
    {
        if (value?.ToString() is { } text && !GlobalId.TryParse(text, out _))
        {
            var shown = text.Length > 60 ? text[..60] + "..." : text;
            throw new ArgumentException($"'{argument}' holds '{shown}', which is not an id this API issued.");
        }
    }

    private static IDataLoaderResult? Load(IResolveFieldContext c, string text)
    {
        if (!GlobalId.TryParse(text, out var id))
        {
            throw new ExecutionError($"'{text}' is not an id this API issued.");
        }
        var loaders = c.Loaders();
        return id.Type switch
        {
            RegionType.TypeName => RegionType.ById(c, id.RegionId),
            "Agency" => c.AgencyOf(new(id.RegionId, id.Id)),
            "Unit" => loaders.ById<Unit>().Load(new(id.RegionId, id.Id)),
            "Official" => loaders.ById<Official>().Load(new(id.RegionId, id.Id)),
            "Document" => loaders.ById<Document>().Load(new(id.RegionId, id.Id)),
            "SourceTable" => loaders.ById<SourceTable>().Load(new(id.RegionId, id.Id)),
            "PlanNode" => loaders.ById<PlanNode>().Load(new(id.RegionId, id.Id)),
            IndicatorType.TypeName => loaders.ById<Indicator>().Load(new(id.RegionId, id.Id)),
            "Finding" => loaders.ById<Finding>().Load(new(id.RegionId, id.Id)),
            _ => null,
        };
    }
}
