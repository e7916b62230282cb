using System.Collections.Concurrent;

namespace Sakip.Site.Api;

/// <summary>The GraphQL documents of the pages: each page component has its <c>.graphql</c> file beside it,
/// embedded under the component's name (HomePage.razor, HomePage.graphql).</summary>
public static class Queries
{
    static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string For<TComponent>() => For(typeof(TComponent).Name);

    public static string For(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(Queries).Assembly.GetManifestResourceStream(n + ".graphql")
            ?? throw new InvalidOperationException($"No GraphQL document {n}.graphql is embedded in the site generator.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
