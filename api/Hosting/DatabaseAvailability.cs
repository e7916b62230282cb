namespace Sakip.Api.Hosting;

/// <summary>
/// Whether the database is serving, as the application's own commands find it: an outage is logged once when it
/// starts and once when it ends, however many requests fail in between (each would otherwise log its own error
/// and stack trace). It ends at the first success that comes <see cref="Settle"/> after the last failure, so a
/// database at its limit, failing some requests and serving others, is one outage rather than a line per request.
/// </summary>
public sealed partial class DatabaseAvailability(TimeProvider time, ILogger<DatabaseAvailability> logger)
{
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private volatile bool _unavailable;
    private DateTimeOffset _since;
    private DateTimeOffset _lastFailure;

    public bool IsUnavailable => _unavailable;

    /// <summary>Records a failed command or connection; anything but unavailability is left to the caller.</summary>
    public void ReportFailure(Exception exception)
    {
        if (!DatabaseFaults.IsUnavailable(exception))
        {
            return;
        }
        lock (_lock)
        {
            _lastFailure = time.GetUtcNow();
            if (_unavailable)
            {
                return;
            }
            _unavailable = true;
            _since = _lastFailure;
        }
        LogUnavailable(logger, DatabaseFaults.Reason(exception));
    }

    /// <summary>Records a command that succeeded; cheap while the database is available.</summary>
    public void ReportSuccess()
    {
        if (!_unavailable)
        {
            return;
        }
        TimeSpan duration;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (!_unavailable || now - _lastFailure < Settle)
            {
                return;
            }
            _unavailable = false;
            duration = TimeSpan.FromMilliseconds(Math.Round((now - _since).TotalMilliseconds));
        }
        LogAvailable(logger, duration);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database available again after {Duration}")]
    private static partial void LogAvailable(ILogger logger, TimeSpan duration);
}
