using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;

namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// Documents parsed once per distinct text: the parse, the expanded field count and the literal text check are the same
/// for every request that sends the text, and once a document has passed validation GraphQL.NET's rules need not run on it
/// again (none of them depends on variables; the cost estimate, which does, runs on every request). Bounded: past
/// <see cref="MaxEntries"/> distinct texts the cache starts again, so arbitrary documents cannot grow it without end.
/// </summary>
public sealed class ParsedDocuments
{
    public const int MaxEntries = 2_000;

    /// <summary>Deepest nesting the parser accepts; far above <see cref="GraphQLOptions.MaxDepth"/>, it only keeps the parser's recursion safe.</summary>
    public const int ParserDepth = 200;

    /// <summary>A parsed document and what is known of it whatever the variables.</summary>
    public sealed class Entry(GraphQLDocument document, double fields, string? textProblem)
    {
        public GraphQLDocument Document { get; } = document;
        public double Fields { get; } = fields;
        public string? TextProblem { get; } = textProblem;

        /// <summary>Set once an execution of the document passed validation.</summary>
        public bool Validated { get; set; }
    }

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The parsed document; throws the parser's exceptions (syntax, depth) for a text that does not parse, which is never kept.</summary>
    public Entry Get(string text)
    {
        if (_entries.TryGetValue(text, out var entry))
        {
            return entry;
        }
        var document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = ParserDepth });
        entry = new Entry(document, DocumentShape.ExpandedFieldCount(document), TextInput.FirstProblem(document));
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        return _entries.GetOrAdd(text, entry);
    }

    public int Count => _entries.Count;
}
