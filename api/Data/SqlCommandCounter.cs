using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sakip.Api.Data;

/// <summary>
/// Counts the SQL commands the application sends: the measure of the batch loaders (a query's commands must grow
/// with its depth, not with its rows), read by tests and benchmarks. When <see cref="Recorded"/> is set, it also keeps
/// each query's text and parameters, so a test can EXPLAIN what the API actually runs.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Where to keep the queries sent (text and parameter values); null keeps none.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<RecordedCommand>? Recorded { get; set; }

    private void Record(DbCommand command) =>
        Recorded?.Enqueue(new RecordedCommand(command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

/// <summary>A query as sent: its text and its parameters' names and values.</summary>
public sealed record RecordedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);
