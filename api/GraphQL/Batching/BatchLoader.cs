using GraphQL.DataLoader;
using Microsoft.Extensions.Caching.Memory;

namespace Sakip.Api.GraphQL.Batching;

/// <summary>
/// Collects the keys resolvers ask for and fetches them with one query when the first deferred result is awaited;
/// keys already fetched in the request are answered from memory, and so are keys another request of the same release
/// fetched or primed (<paramref name="shared"/>, <see cref="ReleaseReadCache"/>). Request-scoped, like the DbContext
/// it uses, and used from one thread at a time (the schema runs resolvers serially).
/// </summary>
/// <param name="name">The loader's name: it holds every argument its query depends on, so it keys the shared values.</param>
public sealed class BatchLoader<TKey, TValue>(string name,
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing, MemoryCache? shared)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (_loaded.TryGetValue(key, out var value))
        {
            return Deferred<TValue>.Ready(value);
        }
        if (shared is not null && shared.TryGetValue(new ReleaseReadCache.Key<TKey>(name, key), out var kept))
        {
            value = (TValue)kept!;
            _loaded[key] = value;
            return Deferred<TValue>.Ready(value);
        }
        _pending.Add(key);
        return new Deferred<TValue>(ct => GetAsync(key, ct));
    }

    /// <summary>
    /// Keeps a value another query of the request already read (e.g. the rows a join brought along), so asking for its
    /// key costs no query. A key already loaded keeps its value.
    /// </summary>
    public void Prime(TKey key, TValue value)
    {
        if (_loaded.TryAdd(key, value))
        {
            _pending.Remove(key);
            Share(key, value);
        }
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken ct)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
            var batch = _pending.ToList();
            _pending.Clear();
            var values = await fetch(batch, ct);
            foreach (var k in batch)
            {
                var value = values.TryGetValue(k, out var found) ? found : missing;
                _loaded[k] = value;
                Share(k, value);
            }
        }
        return _loaded[key];
    }

    private void Share(TKey key, TValue value) =>
        shared?.Set(new ReleaseReadCache.Key<TKey>(name, key), value, new MemoryCacheEntryOptions { Size = ReleaseReadCache.SizeOf(value) });
}
