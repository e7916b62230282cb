using GraphQL;
using GraphQLParser.AST;

namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// Refuses text that the database cannot store before it reaches SQL: a NUL character (PostgreSQL text has none) and a
/// lone UTF-16 surrogate (no UTF-8 encoding exists). Both used to surface as internal errors; they are the client's
/// mistake and get a 400 naming the argument or variable.
/// </summary>
public static class TextInput
{
    /// <summary>Why the text cannot be used, or null when it can.</summary>
    public static string? Problem(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return "contains a NUL character (U+0000)";
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"contains a lone surrogate (U+{(int)c:X4}), which is not a character";
            }
        }
        return null;
    }

    /// <summary>The first string literal of an argument or variable default that cannot be used, as a message.</summary>
    public static string? FirstProblem(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            var problem = definition switch
            {
                GraphQLOperationDefinition operation => Variables(operation.Variables) ?? Selections(operation.SelectionSet),
                GraphQLFragmentDefinition fragment => Selections(fragment.SelectionSet),
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }
        return null;
    }

    /// <summary>The first variable value that cannot be used, as a message naming the variable.</summary>
    public static string? FirstProblem(Inputs? variables, string path = "")
    {
        if (variables is null)
        {
            return null;
        }
        foreach (var (name, value) in variables)
        {
            if (Value(value, path.Length == 0 ? name : $"{path}.{name}") is { } problem)
            {
                return $"Variable '${problem}.";
            }
        }
        return null;
    }

    private static string? Value(object? value, string path) => value switch
    {
        string s when Problem(s) is { } p => $"{path}' {p}",
        IDictionary<string, object?> map => map.Select(e => Value(e.Value, $"{path}.{e.Key}")).FirstOrDefault(p => p is not null),
        IEnumerable<object?> list => list.Select((v, i) => Value(v, $"{path}[{i}]")).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static string? Variables(GraphQLVariablesDefinition? variables)
    {
        foreach (var variable in variables?.Items ?? [])
        {
            if (variable.DefaultValue is { } value && Literal(value) is { } problem)
            {
                return $"The default value of variable '${variable.Variable.Name.StringValue}' {problem}.";
            }
        }
        return null;
    }

    private static string? Selections(GraphQLSelectionSet? set)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            var problem = selection switch
            {
                GraphQLField field => Arguments(field.Name.StringValue, field.Arguments) ?? Directives(field.Directives) ?? Selections(field.SelectionSet),
                GraphQLInlineFragment inline => Directives(inline.Directives) ?? Selections(inline.SelectionSet),
                GraphQLFragmentSpread spread => Directives(spread.Directives),
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }
        return null;
    }

    private static string? Directives(GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            if (Arguments("@" + directive.Name.StringValue, directive.Arguments) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private static string? Arguments(string owner, GraphQLArguments? arguments)
    {
        foreach (var argument in arguments?.Items ?? [])
        {
            if (Literal(argument.Value) is { } problem)
            {
                return $"Argument '{argument.Name.StringValue}' of '{owner}' {problem}.";
            }
        }
        return null;
    }

    private static string? Literal(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => Problem(s.Value.Span),
        GraphQLListValue list => list.Values?.Select(Literal).FirstOrDefault(p => p is not null),
        GraphQLObjectValue obj => obj.Fields?.Select(f => Literal(f.Value)).FirstOrDefault(p => p is not null),
        _ => null,
    };
}
