using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// List sizes of the introspection types, read from the schema itself (the most fields any type has, and so on), so
/// an introspection query is estimated as exactly as a data query and GraphiQL's own introspection passes.
/// </summary>
public static class IntrospectionSizes
{
    private static readonly ConditionalWeakTable<ISchema, IReadOnlyDictionary<string, double>> Cache = [];

    public static IReadOnlyDictionary<string, double> For(ISchema schema) => Cache.GetValue(schema, Compute);

    private static Dictionary<string, double> Compute(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var complex = types.OfType<IComplexGraphType>().ToList();
        var args = complex.SelectMany(t => t.Fields).Select(f => f.Arguments?.Count ?? 0)
            .Concat(schema.Directives.Select(d => d.Arguments?.Count ?? 0));
        // Under __schema.types each type is listed once, so a type's lists there hold on average the schema's total
        // over its types: the product stays an upper bound (the exact total) without counting every type at the largest.
        double Total(Func<IGraphType, int> count) => Math.Max(1.0, types.Sum(count)) / Math.Max(1, types.Count);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["__Type.fields@types"] = Total(t => t is IComplexGraphType c and not IInputObjectGraphType ? c.Fields.Count : 0),
            ["__Type.inputFields@types"] = Total(t => t is IInputObjectGraphType c ? c.Fields.Count : 0),
            ["__Type.interfaces@types"] = Total(t => t is IImplementInterfaces i ? i.ResolvedInterfaces.Count : 0),
            ["__Type.possibleTypes@types"] = Total(t => t is IAbstractGraphType a ? a.PossibleTypes.Count : 0),
            ["__Type.enumValues@types"] = Total(t => t is EnumerationGraphType e ? e.Values.Count : 0),
            ["__Schema.types"] = types.Count,
            ["__Schema.directives"] = schema.Directives.Count,
            ["__Type.fields"] = Max(complex.Where(t => t is not IInputObjectGraphType).Select(t => t.Fields.Count)),
            ["__Type.inputFields"] = Max(complex.Where(t => t is IInputObjectGraphType).Select(t => t.Fields.Count)),
            ["__Type.interfaces"] = Max(types.OfType<IImplementInterfaces>().Select(t => t.ResolvedInterfaces.Count)),
            ["__Type.possibleTypes"] = Max(types.OfType<IAbstractGraphType>().Select(t => t.PossibleTypes.Count)),
            ["__Type.enumValues"] = Max(types.OfType<EnumerationGraphType>().Select(t => t.Values.Count)),
            ["__Field.args"] = Max(args),
            ["__Directive.args"] = Max(args),
            ["__Directive.locations"] = Max(schema.Directives.Select(d => d.Locations.Count)),
        };
    }

    private static double Max(IEnumerable<int> counts) => Math.Max(1, counts.DefaultIfEmpty(0).Max());
}
