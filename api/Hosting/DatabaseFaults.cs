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

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg when pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                    or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections:
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException { IsTransient: true }:
                    return true;
                case TimeoutException:
                    return true;
            }
        }
        return false;
    }
}
