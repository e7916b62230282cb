using System.Reflection;

namespace Sakip.Api.GraphQL;

/// <summary>
/// The analysts' guide (docs/graphql.md, and docs/graphql.id.md in Indonesian) served beside the endpoint, so the
/// portal's footer can link to it on a machine without internet. Served as the Markdown it is written in, as plain
/// text: readable in any browser, no renderer or script needed.
/// </summary>
public static class AnalystGuides
{
    public const string IndonesianPath = "/graphql/panduan";
    public const string EnglishPath = "/graphql/guide";

    public static IEndpointRouteBuilder MapAnalystGuides(this IEndpointRouteBuilder app)
    {
        var indonesian = Read("graphql.id.md");
        var english = Read("graphql.md");
        app.MapGet(IndonesianPath, () => Results.Text(indonesian, "text/plain; charset=utf-8"));
        app.MapGet(EnglishPath, () => Results.Text(english, "text/plain; charset=utf-8"));
        return app;
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sakip.Api.Guides." + name)
            ?? throw new InvalidOperationException($"The guide {name} is not embedded in the API.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
