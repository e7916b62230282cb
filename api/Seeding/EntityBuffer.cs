using Sakip.Api.Data;
using Sakip.Api.Organisation;

namespace Sakip.Api.Seeding;

/// <summary>
/// The rows one load unit adds, held in memory until they are copied: every entity gets its id when it is added (from
/// counters the loader starts above the stored maximum, under its lock), so rows can name each other before anything is
/// written and the bulk copy needs no round trip per row.
/// </summary>
internal sealed class EntityBuffer(IdCounters ids)
{
    private readonly Dictionary<Type, List<object>> _added = [];

    public IdCounters Ids => ids;

    public T Add<T>(T entity) where T : class
    {
        switch (entity)
        {
            case RegionScoped scoped:
                scoped.Id = ids.Next(typeof(T));
                break;
            case Region region:
                region.Id = (int)ids.Next(typeof(Region));
                break;
        }
        if (!_added.TryGetValue(typeof(T), out var list))
        {
            _added[typeof(T)] = list = [];
        }
        list.Add(entity);
        return entity;
    }

    public IReadOnlyList<object> Added(Type type) => _added.TryGetValue(type, out var list) ? list : [];

    public int Count => _added.Values.Sum(l => l.Count);

    public void Clear() => _added.Clear();
}

/// <summary>The next id of every table, valid while the loader holds its lock.</summary>
internal sealed class IdCounters(IReadOnlyDictionary<Type, long> maxima)
{
    private readonly Dictionary<Type, long> _next = maxima.ToDictionary(m => m.Key, m => m.Value);

    public long Next(Type type) => _next[type] = _next.GetValueOrDefault(type) + 1;

    public IReadOnlyDictionary<Type, long> Current => _next;
}
