using GraphQL.DataLoader;

namespace Sakip.Api.GraphQL.Batching;

/// <summary>
/// A resolver result GraphQL.NET runs after every other pending field of the request: by then the loaders hold the
/// keys of all sibling rows, so the first result to be awaited fetches them all in one batch.
/// </summary>
public sealed class Deferred<T>(Func<CancellationToken, Task<T>> get) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await get(cancellationToken);
}

public static class Deferred
{
    public static Deferred<T> From<T>(Func<CancellationToken, Task<T>> get) => new(get);

    /// <summary>Transforms a deferred value once it is loaded.</summary>
    public static Deferred<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new(async ct => map(await source.GetResultAsync(ct)));
}
