using System.Net;
using System.Text.Json;

namespace Sakip.Api.GraphQL;

/// <summary>
/// GraphiQL for a browser opening /graphql: its scripts from a CDN, pinned by version and Subresource Integrity
/// hashes (computed from the npm packages), with the example queries as starting tabs.
/// </summary>
public static class GraphiQLPage
{
    private sealed record Asset(string Url, string Integrity);

    private static readonly Asset React = new("https://unpkg.com/react@18.3.1/umd/react.production.min.js",
        "sha384-DGyLxAyjq0f9SPpVevD6IgztCFlnMF6oW/XQGmfe+IsZ8TqEiDrcHkMLKI6fiB/Z");
    private static readonly Asset ReactDom = new("https://unpkg.com/react-dom@18.3.1/umd/react-dom.production.min.js",
        "sha384-gTGxhz21lVGYNMcdJOyq01Edg0jhn/c22nsx0kyqP0TxaV5WVdsSH1fSDUf5YJj1");
    private static readonly Asset Script = new("https://unpkg.com/graphiql@3.8.3/graphiql.min.js",
        "sha384-HbRVEFG0JGJZeAHCJ9Xm2+tpknBQ7QZmNlO/DgZtkZ0aJSypT96YYGRNod99l9Ie");
    private static readonly Asset Style = new("https://unpkg.com/graphiql@3.8.3/graphiql.min.css",
        "sha384-Mq3vbRBY71jfjQAt/DcjxUIYY33ksal4cgdRt9U/hNPvHBCaT2JfJ/PTRiPKf0aM");

    /// <summary>Whether the request is a browser navigating to the endpoint rather than a GraphQL request.</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(Html(http.Request.Path), http.RequestAborted);
    }

    private static string Tag(Asset a) =>
        $"""<script src="{a.Url}" integrity="{a.Integrity}" crossorigin="anonymous"></script>""";

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
              <link rel="stylesheet" href="{{Style.Url}}" integrity="{{Style.Integrity}}" crossorigin="anonymous">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql">GraphiQL needs JavaScript and access to unpkg.com. Without them, POST queries to {{WebUtility.HtmlEncode(path)}}.</div>
              {{Tag(React)}}
              {{Tag(ReactDom)}}
              {{Tag(Script)}}
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
