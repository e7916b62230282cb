using System.Runtime.InteropServices;
using System.Text.Json;

namespace Sakip.Site.Build;

/// <summary>Each region's answer to SiteRegionIndex as a build kept it (<see cref="Folder"/>/CODE-HASH.json): the persisted
/// operation, its variables, the region's content hash (<c>Region.contentHash</c>, which changes whenever a load adds,
/// reloads or removes one of the region's documents, and only then) and the answer's data. The next build takes a
/// region's answer from the published build's file when all three are the same, instead of asking the API again: after
/// a load that changed one region, the API ran every region's index afresh (its answers are kept per release): at 2,000
/// documents the index read of a rebuild took 5.9-8.2 s.</summary>
public static class RegionIndexFiles
{
    public const string Folder = ".sakip-index";

    /// <summary>The file of the region's answer: named with its content hash, so a build knows which regions it must ask
    /// the API for before it reads any file, and asks for them first.</summary>
    public static string PathOf(string code, string contentHash) => $"{Folder}/{code}-{contentHash}.json";

    /// <summary>Whether the published build has a file for the region with this content hash (what it holds is checked when read).</summary>
    public static bool Has(string? publishedFolder, string code, string contentHash) =>
        publishedFolder is not null && File.Exists(Path.Combine(publishedFolder, PathOf(code, contentHash)));

    /// <summary>The file's bytes: written the same way for an answer from the API and one carried over, so a rebuild
    /// keeps the bytes a full build writes.</summary>
    public static byte[] Write(string operation, string variables, string contentHash, ReadOnlySpan<byte> data)
    {
        using var stream = new MemoryStream(data.Length + 256);
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("operation", operation);
            json.WritePropertyName("variables");
            json.WriteRawValue(variables);
            json.WriteString("contentHash", contentHash);
            json.WritePropertyName("data");
            json.WriteRawValue(data, skipInputValidation: true);
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>The data of the published build's answer for the region, or null when there is none for this operation,
    /// these variables and this content hash (or it cannot be read: then the API is asked, as for a first build).</summary>
    public static byte[]? Read(string? publishedFolder, string code, string operation, string variables, string contentHash)
    {
        if (publishedFolder is null) return null;
        try
        {
            var path = Path.Combine(publishedFolder, PathOf(code, contentHash));
            if (!File.Exists(path)) return null;
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                   && root.TryGetProperty("operation", out var o) && o.ValueKind == JsonValueKind.String && o.ValueEquals(operation)
                   && root.TryGetProperty("contentHash", out var h) && h.ValueKind == JsonValueKind.String && h.ValueEquals(contentHash)
                   && root.TryGetProperty("variables", out var v) && v.GetRawText() == variables
                   && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                ? JsonMarshal.GetRawUtf8Value(data).ToArray()
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
