using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sakip.Api.Releases;

namespace Sakip.Api.GraphQL.Batching;

/// <summary>The read cache's bound (section "ReadCache"), validated on start.</summary>
public sealed class ReadCacheOptions
{
    public const string Section = "ReadCache";

    /// <summary>
    /// Most loaded values kept across requests, a list counting one per item plus one; 0 turns the cache off (every
    /// request then reads the database). A value took roughly 2.8 KB of the API's memory when a site build kept
    /// 200,000; the default's 100,000 hold some hundred agency-years of RAK rows, or several hundred of capaian.
    /// </summary>
    [Range(0, 100_000_000)]
    public int MaxItems { get; set; } = 100_000;
}

/// <summary>
/// What the batch loaders read for a document that is not a persisted operation (whose answer is kept whole), kept
/// across requests for the release it was read in. A release's rows never change (a load makes a new release,
/// <see cref="Release"/>), so an agency's indicators, capaian, plan sheet or PPKS book
/// asked for again cost neither a query nor decoding: the same answer, from memory. Values are the loaders' own
/// (entities read without tracking, lists no resolver changes). Bounded by <see cref="ReadCacheOptions.MaxItems"/>;
/// when full, the least recently used go first. A newer release starts an empty cache; a request still holding an
/// older release reads the database, so no answer mixes another release's cached rows with its own.
/// </summary>
public sealed class ReleaseReadCache(IOptions<ReadCacheOptions> options)
{
    private readonly Lock _lock = new();
    // One reference holds the release with its cache, so a reader never pairs one release with another's values.
    private Generation? _current;

    private sealed record Generation(Release Release, MemoryCache Values);

    /// <summary>The values kept for <paramref name="release"/>, or null when it is not the newest release seen or the cache is off.</summary>
    public MemoryCache? For(Release? release)
    {
        if (release is null || options.Value.MaxItems == 0)
        {
            return null;
        }
        if (_current is { } kept && kept.Release.Id == release.Id)
        {
            return kept.Values;
        }
        lock (_lock)
        {
            if (_current is { } again)
            {
                if (again.Release.Id == release.Id)
                {
                    return again.Values;
                }
                if (again.Release.LoadedAt >= release.LoadedAt)
                {
                    return null; // an older release than the one already kept
                }
            }
            // The old cache is dropped, not disposed: requests of the old release may still be reading it.
            _current = new Generation(release, new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxItems, CompactionPercentage = 0.25 }));
            return _current.Values;
        }
    }

    /// <summary>The key of a loader's value: the loader's name holds every argument its query depends on.</summary>
    internal readonly record struct Key<TKey>(string Loader, TKey Value);

    /// <summary>What a value counts towards the bound: a list its items plus one, anything else one.</summary>
    internal static long SizeOf(object? value) => value is System.Collections.ICollection list ? list.Count + 1 : 1;
}
