using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Site.Api;

namespace Sakip.Site.Build;

/// <summary>What a build was made from and what it wrote, kept in its folder (<see cref="FileName"/>) for the next build:
/// the build's key (generator and options), the release it read, per group of pages the hash of the group's inputs,
/// the files of each of its pages, the headline the home page takes from it and the number and hash of its search entries, and per bulk download
/// what it holds and the hash of its groups' inputs. A group whose inputs hash the same is not asked for again: its files
/// are carried over, and so is a bulk download whose groups all are.</summary>
/// <remarks>Read into hashed dictionaries and written sorted (ordinal), so the bytes of a manifest depend only on its
/// content: a sorted dictionary read with the default, culture-aware comparer cost seconds on 47,000 pages.</remarks>
public sealed record BuildManifest(int Format, string Key, string? Release, IReadOnlyDictionary<string, GroupRecord> Groups, List<string> OtherFiles,
    IReadOnlyDictionary<string, BulkDownload.Summary> Bulk)
{
    public const string FileName = ".sakip-build.json";
    const int CurrentFormat = 6;

    public static BuildManifest Create(string key, string? release, IEnumerable<KeyValuePair<string, GroupRecord>> groups, IEnumerable<string> otherFiles,
        IEnumerable<BulkDownload.Summary> bulk) =>
        new(CurrentFormat, key, release,
            new SortedDictionary<string, GroupRecord>(groups.ToDictionary(g => g.Key, g => g.Value with { Pages = Sorted(g.Value.Pages) }), StringComparer.Ordinal),
            otherFiles.Order(StringComparer.Ordinal).ToList(),
            new SortedDictionary<string, BulkDownload.Summary>(bulk.ToDictionary(b => b.Path), StringComparer.Ordinal));

    static SortedDictionary<string, List<string>> Sorted(IReadOnlyDictionary<string, List<string>> pages) =>
        pages is SortedDictionary<string, List<string>> { Comparer: var c } sorted && c == StringComparer.Ordinal ? sorted : new(pages.ToDictionary(), StringComparer.Ordinal);

    /// <summary>Every file the build wrote, the manifest and the output marker included.</summary>
    public IEnumerable<string> Files(string marker) =>
        Groups.Values.SelectMany(g => g.Pages.Values).SelectMany(f => f).Concat(OtherFiles).Append(FileName).Append(marker);

    /// <summary>How many files <see cref="Files"/> lists.</summary>
    public int FileCount => Groups.Values.Sum(g => g.Pages.Values.Sum(f => f.Count)) + OtherFiles.Count + 2;

    /// <summary>The manifest of the published build, or null (with the reason) when there is none this build can use.</summary>
    public static BuildManifest? Read(string? folder, out string reason)
    {
        reason = "";
        if (folder is null)
        {
            reason = "no previous build";
            return null;
        }
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            reason = $"the previous build has no {FileName}";
            return null;
        }
        try
        {
            var manifest = JsonSerializer.Deserialize<BuildManifest>(File.ReadAllBytes(path), GraphQLClient.Json);
            if (manifest is { Format: CurrentFormat, Groups: not null, OtherFiles: not null, Bulk: not null }) return manifest;
            reason = $"the previous build's {FileName} is of another format";
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            reason = $"the previous build's {FileName} cannot be read ({e.Message})";
        }
        return null;
    }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, GraphQLClient.Json);
}

/// <summary>A group of pages as built: the hash of its inputs, each page's files (paths relative to the site root, by
/// page path), the part of its answers the home page shows (null when it shows none), the hash of what its pages give
/// the search (<see cref="Pages.Search.SearchEntries"/>, <see cref="SiteSearch.Hash"/>), from which its region's search
/// page's inputs are made, and their number (the entries are in <see cref="SearchEntryFiles"/>).</summary>
public sealed record GroupRecord(string Inputs, [property: JsonConverter(typeof(PageFilesConverter))] IReadOnlyDictionary<string, List<string>> Pages,
    JsonElement? Headline, string? SearchHash = null, int SearchCount = 0);

/// <summary>A group's pages and their files as the manifest stores them: each file relative to its page's folder
/// ("riwayat.csv" for "wilayah/62-07/dinsos/indikator/x/riwayat.csv" of the page "/wilayah/62-07/dinsos/indikator/x/"),
/// or after a "/" from the site's root when it is outside that folder; in memory every file is relative to the root. At
/// 20,000 documents the manifest lists 3.7 million files: with each path in full it was 272 MB of JSON, which every
/// rebuild reads twice and writes once (docs/benchmarks-site-20000.md).</summary>
public sealed class PageFilesConverter : JsonConverter<IReadOnlyDictionary<string, List<string>>>
{
    public override IReadOnlyDictionary<string, List<string>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A group's pages are not an object.");
        var pages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[512];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var page = reader.GetString()!;
            var folder = FolderOf(page);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"The files of the page {page} are not a list.");
            var files = new List<string>();
            while (reader.Read() && reader.TokenType == JsonTokenType.String) files.Add(PathOf(ref reader, folder, buffer));
            if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException($"A file of the page {page} is not a string.");
            pages[page] = files;
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("A group's pages hold something other than pages.");
        return pages;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, List<string>> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (page, files) in value)
        {
            var folder = FolderOf(page);
            writer.WriteStartArray(page);
            foreach (var file in files)
                if (file.StartsWith(folder, StringComparison.Ordinal)) writer.WriteStringValue(file.AsSpan(folder.Length));
                else writer.WriteStringValue("/" + file);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>A file's path from the site's root, made as one string (there are millions), not the stored name and then
    /// the path made from it.</summary>
    static string PathOf(ref Utf8JsonReader reader, string folder, scoped Span<char> buffer)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > buffer.Length)
        {
            var stored = reader.GetString()!;
            return stored.StartsWith('/') ? stored[1..] : folder + stored;
        }
        // A UTF-8 value has no more characters than bytes, so it fits.
        var name = buffer[..reader.CopyString(buffer)];
        return name.StartsWith('/') ? new string(name[1..]) : string.Concat(folder, name);
    }

    /// <summary>The folder of a page, relative to the site's root, with its closing slash ("" for the home page).</summary>
    static string FolderOf(string page)
    {
        var path = page.TrimStart('/');
        return path[..(path.LastIndexOf('/') + 1)];
    }
}
