using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Sakip.Api.Releases;

namespace Sakip.Api.GraphQL.Persisted;

/// <summary>
/// The answers to persisted operations, kept in memory for the release they were computed from: published data only
/// changes when a release does, so an answer stays right until then, and the whole cache is emptied when the release
/// changes. Bounded in bytes (<see cref="GraphQLOptions.PersistedCacheBytes"/>, each entry counting its key too, so
/// many small answers are bounded as well); past the bound new answers are not kept (they are still served).
/// </summary>
public sealed class PersistedAnswers(IOptions<GraphQLOptions> options)
{
    private readonly long _maxBytes = options.Value.PersistedCacheBytes;

    // Each answer keeps the release it came from: a reader that checked the release just before another thread moved the
    // cache to a newer one must not take the newer answer for its own (its ETag names the older release).
    private readonly ConcurrentDictionary<string, (string Release, byte[] Bytes)> _answers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private string? _release;
    private long _bytes;

    /// <summary>The key of an operation and its variables as sent (the same text gives the same key).</summary>
    public static string Key(string operationId, string? variables) =>
        operationId + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(variables?.Trim() ?? "")))[..16];

    /// <summary>The HTTP validator of an answer: its release and its key.</summary>
    public static string ETag(Release release, string key) =>
        $"\"{release.Id}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]}\"";

    public bool TryGet(Release release, string key, out byte[] answer)
    {
        Reset(release);
        if (_answers.TryGetValue(key, out var kept) && kept.Release == release.Id)
        {
            answer = kept.Bytes;
            return true;
        }
        answer = [];
        return false;
    }

    public void Add(Release release, string key, byte[] answer)
    {
        Reset(release);
        lock (_lock)
        {
            var size = answer.Length + 2L * key.Length;
            if (_release != release.Id || _bytes + size > _maxBytes)
            {
                return;
            }
            if (_answers.TryAdd(key, (release.Id, answer)))
            {
                _bytes += size;
            }
        }
    }

    public int Count => _answers.Count;

    /// <summary>Empties the cache when the release is not the one its answers came from.</summary>
    private void Reset(Release release)
    {
        if (Volatile.Read(ref _release) == release.Id)
        {
            return;
        }
        lock (_lock)
        {
            if (_release != release.Id)
            {
                _answers.Clear();
                _bytes = 0;
                _release = release.Id;
            }
        }
    }
}
