using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Sakip.Site.Api;

/// <summary>The GraphQL documents of the site: each <c>.graphql</c> file of site/Build and site/Pages, embedded under its
/// file name (SiteIndex.graphql, AgencyPages.graphql). The API embeds the same files as persisted operations, so a
/// document is called by the SHA-256 of its text (<see cref="IdOf"/>) instead of being sent.</summary>
public static class Queries
{
    static readonly ConcurrentDictionary<string, string> Cache = new();
    static readonly ConcurrentDictionary<string, string> Ids = new();

    public static string For(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(Queries).Assembly.GetManifestResourceStream(n + ".graphql")
            ?? throw new InvalidOperationException($"No GraphQL document {n}.graphql is embedded in the site generator.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The persisted operation id of a document: lowercase hex SHA-256 of its UTF-8 text, as the API computes it.</summary>
    public static string IdOf(string name) => Ids.GetOrAdd(name, static n => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(For(n)))));

    /// <summary>The names of every embedded document.</summary>
    public static IEnumerable<string> Names => typeof(Queries).Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".graphql", StringComparison.Ordinal)).Select(n => n[..^".graphql".Length]).Order(StringComparer.Ordinal);
}
