using System.Text.Json;
using Sakip.Site.Rendering;

namespace Sakip.Site.Build;

/// <summary>rilis.json: the release the build read, which every page's footer names (site.js reads it). Pages keep
/// the bytes a full build gives them, so they cannot carry the release themselves: a page carried over from an earlier
/// build would name an older one.</summary>
public static class ReleaseFile
{
    public const string Name = "rilis.json";

    public static byte[] Bytes(ReleaseInfo? release) => JsonSerializer.SerializeToUtf8Bytes(release is null
        ? new Dictionary<string, string?> { ["id"] = null, ["loadedAt"] = null, ["text"] = "rilis data tidak disebut API" }
        : new Dictionary<string, string?>
        {
            ["id"] = release.Id,
            ["loadedAt"] = release.LoadedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = $"rilis {release.ShortId}, dimuat {release.Time}",
        });
}
