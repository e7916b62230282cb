using System.Text.Json;
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
    const int CurrentFormat = 5;

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
public sealed record GroupRecord(string Inputs, IReadOnlyDictionary<string, List<string>> Pages, JsonElement? Headline, string? SearchHash = null, int SearchCount = 0);
