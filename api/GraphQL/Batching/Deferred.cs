using GraphQL.DataLoader;

namespace Sakip.Api.GraphQL.Batching;

/// <summary>
/// A resolver result GraphQL.NET runs after every other pending field of the request: by then the loaders hold the
/// keys of all sibling rows, so the first result to be awaited fetches them all in one batch. A result whose value
/// the request already holds is ready: <see cref="Deferred.Now{T}"/> hands it over at once.
/// </summary>
public sealed class Deferred<T> : IDataLoaderResult<T>
{
    private readonly Func<CancellationToken, Task<T>>? _get;
    private readonly T _value = default!;

    public Deferred(Func<CancellationToken, Task<T>> get) => _get = get;

    private Deferred(T value, bool _) => _value = value;

    /// <summary>A value already loaded.</summary>
    public static Deferred<T> Ready(T value) => new(value, true);

    public bool IsReady => _get is null;

    /// <summary>The value of a ready result.</summary>
    public T Value => _get is null ? _value : throw new InvalidOperationException("The value is not loaded yet.");

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => _get is null ? Task.FromResult(_value) : _get(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}

public static class Deferred
{
    public static Deferred<T> From<T>(Func<CancellationToken, Task<T>> get) => new(get);

    /// <summary>Transforms a deferred value once it is loaded (at once when it is ready).</summary>
    public static Deferred<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        source is Deferred<T> { IsReady: true } ready
            ? Deferred<TResult>.Ready(map(ready.Value))
            : new(async ct => map(await source.GetResultAsync(ct)));

    /// <summary>
    /// The value itself when the request already holds it, else the deferred result. A resolver returning the value lets
    /// GraphQL.NET complete the field at once rather than queue it behind every pending field (a RAK answer has hundreds
    /// of fields whose rows an earlier query already brought).
    /// </summary>
    public static object? Now<T>(this IDataLoaderResult<T> result) => result is Deferred<T> { IsReady: true } ready ? ready.Value : result;
}
