using Microsoft.EntityFrameworkCore.Storage;

namespace Sakip.Api.Hosting;

/// <summary>
/// Runs an operation again, once and at once, when it failed on a connection the server had closed under it: after
/// a database restart every idle pooled connection is dead, and without this the first request on each would fail
/// (Npgsql clears the pool when it meets the first one). Other failures are not retried: a refused connection or a
/// pool timeout would only fail again, later.
/// </summary>
public sealed class ReconnectingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
{
    protected override bool ShouldRetryOn(Exception exception) => DatabaseFaults.IsBrokenConnection(exception);

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        ExceptionsEncountered.Count <= MaxRetryCount ? TimeSpan.Zero : null;
}
