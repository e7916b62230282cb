using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;

namespace Sakip.Api.GraphQL.Batching;

/// <summary>
/// The batch loaders of one request, by name. Each loader queries through the request's own DbContext; resolvers
/// reach them through <see cref="GraphQL.IResolveFieldContext.RequestServices"/>, never through a graph type.
/// </summary>
public sealed class RequestLoaders(SakipDbContext db)
{
    private readonly Dictionary<string, object> _loaders = [];

    public SakipDbContext Db => db;

    /// <summary>A loader of one value per key (null when absent).</summary>
    public BatchLoader<TKey, TValue?> One<TKey, TValue>(string name,
        Func<SakipDbContext, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
        where TKey : notnull where TValue : class =>
        Get(name, () => new BatchLoader<TKey, TValue?>(async (keys, ct) =>
            (await fetch(db, keys, ct)).ToDictionary(p => p.Key, p => (TValue?)p.Value), null));

    /// <summary>A loader of a list per key (empty when absent).</summary>
    public BatchLoader<TKey, IReadOnlyList<TValue>> Many<TKey, TValue>(string name,
        Func<SakipDbContext, IReadOnlyCollection<TKey>, CancellationToken, Task<List<TValue>>> fetch, Func<TValue, TKey> keyOf)
        where TKey : notnull =>
        Get(name, () => new BatchLoader<TKey, IReadOnlyList<TValue>>(async (keys, ct) =>
            (await fetch(db, keys, ct)).GroupBy(keyOf).ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.ToList()), []));

    /// <summary>The region-scoped entity of each id.</summary>
    public BatchLoader<long, T?> ById<T>() where T : RegionScoped =>
        One<long, T>($"{typeof(T).Name}.ById", (d, ids, ct) => d.Set<T>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct));

    private BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<BatchLoader<TKey, TValue>> create) where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var loader))
        {
            loader = create();
            _loaders[name] = loader;
        }
        return (BatchLoader<TKey, TValue>)loader;
    }
}

public static class LoaderContextExtensions
{
    public static RequestLoaders Loaders(this global::GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();
}
