using GraphQLParser.AST;

namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// What a parsed document costs to validate and execute before GraphQL.NET sees it: the number of fields it expands to
/// once every fragment spread is replaced by its fragment. A few kilobytes of fragments that each spread the previous
/// one twice expand to billions of fields and used to keep validation busy for minutes, so this count runs first,
/// memoised per fragment: its work is linear in the document's size whatever the expansion.
/// </summary>
public static class DocumentShape
{
    /// <summary>Fields of every operation after fragment expansion (saturating: a huge count stays huge, never wraps).</summary>
    public static double ExpandedFieldCount(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
        var counter = new Counter(fragments);
        double total = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            total += counter.Count(operation.SelectionSet);
        }
        return total;
    }

    private sealed class Counter(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, double> _memo = new(StringComparer.Ordinal);
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);

        public double Count(GraphQLSelectionSet? set)
        {
            if (set is null)
            {
                return 0;
            }
            double count = 0;
            foreach (var selection in set.Selections)
            {
                count += selection switch
                {
                    GraphQLField field => 1 + Count(field.SelectionSet),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
            }
            return count;
        }

        private double Fragment(string name)
        {
            if (_memo.TryGetValue(name, out var known))
            {
                return known;
            }
            // A cycle or an unknown fragment is a validation error GraphQL.NET reports; count it as nothing here.
            if (!fragments.TryGetValue(name, out var fragment) || !_open.Add(name))
            {
                return 0;
            }
            var count = Count(fragment.SelectionSet);
            _open.Remove(name);
            _memo[name] = count;
            return count;
        }
    }
}
