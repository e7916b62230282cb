using GraphQL.DataLoader;

namespace Sakip.Api.GraphQL.Batching;

/// <summary>
/// Collects the keys resolvers ask for and fetches them with one query when the first deferred result is awaited;
/// keys already fetched in the request are answered from memory. Request-scoped, like the DbContext it uses, and
/// used from one thread at a time (the schema runs resolvers serially).
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
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
                _loaded[k] = values.TryGetValue(k, out var value) ? value : missing;
            }
        }
        return _loaded[key];
    }
}
