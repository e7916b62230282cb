using System.Net.Sockets;
using Npgsql;

namespace Sakip.Api.Hosting;

/// <summary>
/// Tells a database that cannot serve (down, restarting, no free connection in time) from a query's own error, so the
/// endpoint answers 503 with Retry-After instead of a field error.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>Seconds a client is told to wait before retrying while the database is unavailable.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>What a client is told when the database cannot serve its request.</summary>
    public static readonly string UnavailableMessage =
        $"The database is unavailable at the moment; retry in {RetryAfterSeconds} seconds.";

    /// <summary>
    /// Whether the exception, or one in its chain, says the database cannot serve: no server answers (refused,
    /// reset, timed out), the server is shutting down or starting up (57P01, 57P02, 57P03), has no connection or
    /// resource left (class 53, among them 53300 too many connections), lost the connection (class 08), is a standby
    /// refusing a write (25006, a primary that was demoted), or no connection came free in the pool in time. A
    /// query's own error (syntax, constraint, cancellation) is not.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return IsUnavailableState(pg.SqlState);
                case AggregateException aggregate:
                    // A multi-host data source that found no host reports each host's failure.
                    return aggregate.InnerExceptions.Any(IsUnavailable);
                case NpgsqlException { IsTransient: true }:
                    return true;
                case NpgsqlException { InnerException: null }:
                    // Npgsql's own failures without a cause are connection-level: "No suitable host was found" (every
                    // host of a multi-host string is offline), "The connection pool has been shut down".
                    return true;
                case TimeoutException or SocketException:
                    return true;
                case OperationCanceledException:
                    return false; // the client went away or the execution limit passed: not the database's fault
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the operation failed on a connection the server had already closed (a pooled connection from before a
    /// restart, a server that shut down under it): worth one immediate retry on a new connection. Refused connections
    /// and pool timeouts are not, since a retry would only wait as long again.
    /// </summary>
    public static bool IsBrokenConnection(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                        || pg.SqlState.StartsWith("08", StringComparison.Ordinal);
                case IOException:
                    return true;
                case OperationCanceledException or TimeoutException or SocketException:
                    return false;
            }
        }
        return false;
    }

    /// <summary>The cause, in one line, for the log: the server's SQLSTATE and message, or the connection failure.</summary>
    public static string Reason(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return $"{pg.SqlState}: {pg.MessageText}";
                case AggregateException aggregate:
                    return string.Join("; ", aggregate.InnerExceptions.Select(Reason));
                case NpgsqlException npgsql:
                    return npgsql.InnerException is { } inner and not NpgsqlException and not AggregateException
                        ? $"{npgsql.Message} ({inner.Message})"
                        : npgsql.InnerException is null ? npgsql.Message : Reason(npgsql.InnerException);
            }
        }
        return exception.Message;
    }

    private static bool IsUnavailableState(string state) =>
        state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.ReadOnlySqlTransaction
        || state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("53", StringComparison.Ordinal);
}
