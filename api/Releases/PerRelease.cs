namespace Sakip.Api.Releases;

/// <summary>
/// A value read from the database once per release and kept in memory until the release changes (a load by another
/// process included, within <see cref="ReleaseMonitor.CheckInterval"/>). Concurrent callers of a new release wait for
/// one read; a failed read is not kept.
/// </summary>
public sealed class PerRelease<T>(ReleaseMonitor releases, Func<string?, CancellationToken, Task<T>> read) where T : class
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    // One reference holds the release with its value, so a reader never sees one release paired with another's value.
    private Kept? _kept;

    private sealed record Kept(string? Release, T Value);

    public async ValueTask<T> GetAsync(CancellationToken ct)
    {
        var release = (await releases.CurrentAsync(ct))?.Id;
        if (_kept is { } kept && kept.Release == release)
        {
            return kept.Value;
        }
        await _reading.WaitAsync(ct);
        try
        {
            if (_kept is { } again && again.Release == release)
            {
                return again.Value;
            }
            var value = await read(release, ct);
            _kept = new Kept(release, value);
            return value;
        }
        finally
        {
            _reading.Release();
        }
    }
}
