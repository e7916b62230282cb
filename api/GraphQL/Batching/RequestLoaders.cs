using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sakip.Api.Data;
using Sakip.Api.Releases;

namespace Sakip.Api.GraphQL.Batching;

/// <summary>
/// The batch loaders of one request, by name. Each loader queries through the request's own DbContext; resolvers
/// reach them through <see cref="GraphQL.IResolveFieldContext.RequestServices"/>, never through a graph type.
/// </summary>
public sealed class RequestLoaders(SakipDbContext db, ReleaseReadCache cache)
{
    private readonly Dictionary<string, object> _loaders = [];
    private readonly Dictionary<object, bool> _answers = new(ReferenceEqualityComparer.Instance);
    private MemoryCache? _shared;

    public SakipDbContext Db => db;

    /// <summary>
    /// The release the request answers from, read before it executes: its loaders then share what they read with the
    /// other requests of that release (<see cref="ReleaseReadCache"/>). Without it, every value is read from the database.
    /// </summary>
    public void AnswerFrom(Release? release) => _shared = cache.For(release);

    /// <summary>A loader of one value per key (null when absent).</summary>
    public BatchLoader<TKey, TValue?> One<TKey, TValue>(string name,
        Func<SakipDbContext, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
        where TKey : notnull where TValue : class =>
        Get(name, () => new BatchLoader<TKey, TValue?>(name, async (keys, ct) =>
            (await fetch(db, keys, ct)).ToDictionary(p => p.Key, p => (TValue?)p.Value), null, _shared));

    /// <summary>A loader of a list per key (empty when absent).</summary>
    public BatchLoader<TKey, IReadOnlyList<TValue>> Many<TKey, TValue>(string name,
        Func<SakipDbContext, IReadOnlyCollection<TKey>, CancellationToken, Task<List<TValue>>> fetch, Func<TValue, TKey> keyOf)
        where TKey : notnull =>
        Get(name, () => new BatchLoader<TKey, IReadOnlyList<TValue>>(name, async (keys, ct) =>
            (await fetch(db, keys, ct)).GroupBy(keyOf).ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.ToList()), [], _shared));

    /// <summary>The region-scoped entity of each key, found through its primary key (region_id, id).</summary>
    public BatchLoader<RegionKey, T?> ById<T>() where T : RegionScoped =>
        One<RegionKey, T>($"{typeof(T).Name}.ById", async (d, keys, ct) =>
        {
            var (regions, ids) = RegionKey.Split(keys);
            return await d.Set<T>().AsNoTracking().Where(e => regions.Contains(e.RegionId) && ids.Contains(e.Id))
                .ToDictionaryAsync(e => new RegionKey(e.RegionId, e.Id), ct);
        });

    /// <summary>
    /// A loader of a list per region-scoped key: <paramref name="fetch"/> gets the keys' regions and ids, to filter on
    /// both (every index starts with region_id; a batch's ids are unique across regions, so both filters give its rows).
    /// </summary>
    public BatchLoader<RegionKey, IReadOnlyList<TValue>> Many<TValue>(string name,
        Func<SakipDbContext, int[], long[], CancellationToken, Task<List<TValue>>> fetch, Func<TValue, RegionKey> keyOf) =>
        Many<RegionKey, TValue>(name, (db, keys, ct) =>
        {
            var (regions, ids) = RegionKey.Split(keys);
            return fetch(db, regions, ids, ct);
        }, keyOf);

    /// <summary>
    /// A yes/no question about a part of the request's document (e.g. whether a field's selection asks for figures),
    /// answered once per request: a list's items share the part, and collecting a field's sub-fields allocates.
    /// </summary>
    public bool Once(object part, Func<bool> answer)
    {
        if (!_answers.TryGetValue(part, out var known))
        {
            known = answer();
            _answers[part] = known;
        }
        return known;
    }

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

/// <summary>A row's key as every table and index holds it: its region first, then its id.</summary>
public readonly record struct RegionKey(int RegionId, long Id)
{
    public static RegionKey Of(RegionScoped entity) => new(entity.RegionId, entity.Id);

    public static (int[] Regions, long[] Ids) Split(IReadOnlyCollection<RegionKey> keys) =>
        (keys.Select(k => k.RegionId).Distinct().ToArray(), keys.Select(k => k.Id).Distinct().ToArray());
}

public static class LoaderContextExtensions
{
    private const string Key = "sakip.loaders";

    /// <summary>
    /// The request's loaders, kept in its user context after the first field asks: a scoped service lookup takes the
    /// scope's lock, and a RAK answer has hundreds of fields that ask (a profile showed that lock's slow path).
    /// </summary>
    public static RequestLoaders Loaders(this global::GraphQL.IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(Key, out var kept) && kept is RequestLoaders loaders)
        {
            return loaders;
        }
        loaders = context.RequestServices!.GetRequiredService<RequestLoaders>();
        context.UserContext[Key] = loaders;
        return loaders;
    }
}
