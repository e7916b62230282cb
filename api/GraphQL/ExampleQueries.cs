using System.Reflection;

namespace Sakip.Api.GraphQL;

/// <summary>The saved example queries (GraphQL/Examples): GraphiQL's starting tabs, the analysts' docs and a test run them.</summary>
public static class ExampleQueries
{
    public sealed record Example(string Name, string Query, string Variables);

    public static IReadOnlyList<Example> All { get; } = Load();

    private static List<Example> Load()
    {
        var assembly = typeof(ExampleQueries).Assembly;
        const string prefix = "Sakip.Api.GraphQL.Examples.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".graphql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new Example(n[prefix.Length..^".graphql".Length], Read(assembly, n), Read(assembly, n[..^".graphql".Length] + ".json")))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing embedded example {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
