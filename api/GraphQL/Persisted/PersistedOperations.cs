using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Sakip.Api.GraphQL.Persisted;

/// <summary>A trusted document: one of the saved example queries or of the site's page queries, called by its hash.</summary>
public sealed record PersistedOperation(string Id, string Name, string Query);

/// <summary>
/// The persisted (trusted) operations: the example queries (GraphQL/Examples) and the site generator's page queries
/// (site/Build, site/Pages), embedded at build time. Each is called with <c>GET /graphql?id=HASH&amp;variables=...</c>,
/// HASH being the SHA-256 of the document's text in lowercase hex (as Apollo's persisted queries name them).
/// </summary>
public static class PersistedOperations
{
    public static IReadOnlyDictionary<string, PersistedOperation> ById { get; } = Load();

    public static string IdOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static Dictionary<string, PersistedOperation> Load()
    {
        var assembly = typeof(PersistedOperations).Assembly;
        var operations = new Dictionary<string, PersistedOperation>(StringComparer.Ordinal);
        foreach (var example in ExampleQueries.All)
        {
            Add(operations, "example/" + example.Name, example.Query);
        }
        const string prefix = "Sakip.Api.Persisted.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            Add(operations, "site/" + name[prefix.Length..^".graphql".Length], Read(assembly, name));
        }
        return operations;
    }

    private static void Add(Dictionary<string, PersistedOperation> operations, string name, string query)
    {
        var id = IdOf(query);
        operations.TryAdd(id, new PersistedOperation(id, name, query));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
