using System.Net;
using System.Text.Json;

namespace Sakip.Api.GraphQL;

/// <summary>
/// GraphiQL for a browser opening /graphql, with the example queries as starting tabs. Its scripts and stylesheet come
/// from the API itself (<see cref="GraphiQLAssets"/>), never a CDN, so it works offline; being same-origin, they need no
/// Subresource Integrity hashes.
/// </summary>
public static class GraphiQLPage
{
    /// <summary>Whether the request is a browser navigating to the endpoint rather than a GraphQL request.</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(Html(http.Request.Path), http.RequestAborted);
    }

    private static string Script(string name) => $"""<script src="{GraphiQLAssets.Url(name)}"></script>""";

    private static string Html(string path)
    {
        var tabs = JsonSerializer.Serialize(ExampleQueries.All.Select(e => new { query = e.Query, variables = e.Variables }));
        var url = JsonSerializer.Serialize(path);
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>SAKIP GraphQL API</title>
              <link rel="stylesheet" href="{{GraphiQLAssets.Url("graphiql.min.css")}}">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql">GraphiQL needs JavaScript. Without it, POST queries to {{WebUtility.HtmlEncode(path)}}.</div>
              {{Script("react.production.min.js")}}
              {{Script("react-dom.production.min.js")}}
              {{Script("graphiql.min.js")}}
              <script>
                const fetcher = GraphiQL.createFetcher({ url: {{url}} });
                ReactDOM.createRoot(document.getElementById('graphiql')).render(
                  React.createElement(GraphiQL, { fetcher, defaultTabs: {{tabs}}, defaultEditorToolsVisibility: true }));
              </script>
            </body>
            </html>
            """;
    }
}
