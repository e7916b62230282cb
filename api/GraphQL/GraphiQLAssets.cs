using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Sakip.Api.GraphQL;

/// <summary>
/// The scripts and stylesheet of the GraphiQL page, served by the API itself: the build copies them from the npm
/// packages api/package-lock.json pins (react, react-dom, graphiql) into graphiql/ next to the API, so /graphql works on
/// a machine with no internet. Each address carries a hash of the file's content, so browsers may keep it for a year and
/// still fetch the new file after an upgrade.
/// </summary>
public static class GraphiQLAssets
{
    public const string Path = "/graphql/assets";

    /// <summary>The four files, by name, with their media types (their licences sit beside them, named *.LICENSE).</summary>
    private static readonly FrozenDictionary<string, string> MediaTypes = new Dictionary<string, string>
    {
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => MediaTypes.Keys;

    /// <summary>The folder the build copies the files into.</summary>
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "graphiql");

    // The files do not change while the API runs; read once, on the first request for the page or a file.
    private static readonly Lazy<FrozenDictionary<string, Asset>> Loaded = new(Load);

    private sealed record Asset(byte[] Content, string MediaType, string Version);

    /// <summary>The address the page uses for a file, such as /graphql/assets/graphiql.min.js?v=0123456789ab.</summary>
    public static string Url(string name) => $"{Path}/{name}?v={Loaded.Value[name].Version}";

    public static IEndpointRouteBuilder MapGraphiQLAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "/{name}", (string name, HttpContext http) =>
        {
            if (!Loaded.Value.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Content, asset.MediaType, entityTag: new EntityTagHeaderValue($"\"{asset.Version}\""));
        });
        return app;
    }

    private static FrozenDictionary<string, Asset> Load() => MediaTypes.ToFrozenDictionary(pair => pair.Key, pair =>
    {
        var file = System.IO.Path.Combine(Folder, pair.Key);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"The GraphiQL file {file} is missing: build the API with npm on the PATH (it runs npm ci in api/).", file);
        }
        var content = File.ReadAllBytes(file);
        return new Asset(content, pair.Value, Convert.ToHexStringLower(SHA256.HashData(content))[..12]);
    }, StringComparer.Ordinal);
}
