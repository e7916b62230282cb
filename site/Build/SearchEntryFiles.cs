using System.Text.Json;
using Sakip.Site.Api;
using Sakip.Site.Pages.Search;

namespace Sakip.Site.Build;

/// <summary>The search entries of a region's groups as a build kept them (<see cref="PathOf"/>), written with the region's
/// search page and carried over with it. The manifest keeps only each group's number of entries and their hash: with
/// the entries in it, it was 61 MB at 2,000 documents (34 of them entries), read in full by every rebuild, while a
/// rebuild after one changed document renders one region's search page and needs only that region's entries.</summary>
public static class SearchEntryFiles
{
    public const string Folder = ".sakip-search";

    public static string PathOf(string region) => $"{Folder}/{region}.json";

    public static byte[] Write(IReadOnlyList<(string Group, List<SearchEntry> Entries)> groups) =>
        JsonSerializer.SerializeToUtf8Bytes(groups.ToDictionary(g => g.Group, g => g.Entries), GraphQLClient.Json);

    /// <summary>The published build's entries of the region's groups, by group, or null when it has no such file or it
    /// cannot be read.</summary>
    public static Dictionary<string, List<SearchEntry>>? Read(string publishedFolder, string region)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, List<SearchEntry>>>(File.ReadAllBytes(Path.Combine(publishedFolder, PathOf(region))), GraphQLClient.Json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }
}
