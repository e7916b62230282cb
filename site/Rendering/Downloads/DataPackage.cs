using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sakip.Site.Rendering.Downloads;

/// <summary>A page's <c>datapackage.json</c>: a Frictionless Tabular Data Package (specification v1) describing each of
/// the page's CSVs as a tabular data resource, with its path beside the file, its schema (every field with its Table
/// Schema type, format, title, description and unit) and the licence. The bulk download merges the pages' packages
/// (<see cref="Merge"/>).</summary>
public static partial class DataPackage
{
    public const string FileName = "datapackage.json";
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static byte[] Write(string name, string title, IEnumerable<DataTable> tables, DownloadSource source)
    {
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = name,
            ["title"] = title,
            ["homepage"] = source.PageUrl,
            ["licenses"] = Licenses(source.License),
            ["sources"] = new JsonArray(new JsonObject { ["title"] = source.PageTitle, ["path"] = source.PageUrl }),
            ["resources"] = new JsonArray(tables.Select(t => (JsonNode)Resource(t)).ToArray()),
        };
        if (source.Release is { } release) package["version"] = release;
        return System.Text.Encoding.UTF8.GetBytes(package.ToJsonString(Indented) + "\n");
    }

    static JsonArray Licenses(OpenDataLicense license) =>
        new(new JsonObject { ["name"] = license.Name, ["path"] = license.Url, ["title"] = license.Title });

    static JsonObject Resource(DataTable table)
    {
        var resource = new JsonObject
        {
            ["profile"] = "tabular-data-resource",
            ["name"] = Name(table.Id),
            ["path"] = table.Id + ".csv",
            ["title"] = table.Caption,
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["header"] = true },
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray(TableSchema.Fields(table).Select(f => (JsonNode)Field(f)).ToArray()),
                ["missingValues"] = new JsonArray(""),
            },
        };
        if (table.Note is { Length: > 0 } note) resource["description"] = note;
        return resource;
    }

    static JsonObject Field(DownloadField field)
    {
        var json = new JsonObject
        {
            ["name"] = field.Name,
            ["title"] = field.Title,
            ["type"] = field.TypeName,
            ["format"] = "default",
            ["description"] = field.Description,
        };
        // "unit" is not a property of Table Schema v1, which allows additional ones; the description says it too.
        if (field.Unit is { } unit) json["unit"] = unit;
        if (field.Decimals is { } decimals) json["decimals"] = decimals;
        if (field.Name == TableSchema.RowKindField)
            json["constraints"] = new JsonObject { ["required"] = true, ["enum"] = new JsonArray("rincian", "kelompok", "jumlah") };
        return json;
    }

    /// <summary>A name as the specification allows it: lower case letters, digits and <c>- . _ /</c>.</summary>
    public static string Name(string text) =>
        NotAllowed().Replace(text.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } name ? name : "data";

    /// <summary>The package name of a page: its path with '-' for '/', "beranda" for the home page.</summary>
    public static string PageName(string path) => path.Trim('/') is { Length: > 0 } p ? Name(p.Replace('/', '-')) : "beranda";

    /// <summary>One package of many pages' packages, given by the folder each sits in (relative to the bulk package,
    /// '/'-separated, ending in '/'): each resource's path gets its folder in front, its name the page's name, so every
    /// resource stays unique and points at its CSV inside the bulk download.</summary>
    public static void Merge(Stream output, string name, string title, DownloadSource source, IEnumerable<(string Folder, byte[] Package)> pages)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", name);
        json.WriteString("title", title);
        json.WriteString("homepage", source.PageUrl);
        if (source.Release is { } release) json.WriteString("version", release);
        json.WritePropertyName("licenses");
        Licenses(source.License).WriteTo(json);
        json.WriteStartArray("resources");
        foreach (var (folder, bytes) in pages)
        {
            var page = JsonNode.Parse(bytes)!.AsObject();
            var prefix = PageName(folder);
            foreach (var node in page["resources"]!.AsArray())
            {
                var resource = node!.AsObject();
                resource["path"] = folder + (string)resource["path"]!;
                resource["name"] = prefix + "-" + (string)resource["name"]!;
                resource["sources"] = new JsonArray(new JsonObject { ["title"] = (string?)page["title"], ["path"] = (string?)page["homepage"] });
                resource.WriteTo(json);
            }
            json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    [GeneratedRegex("[^a-z0-9._/-]+")]
    private static partial Regex NotAllowed();
}
