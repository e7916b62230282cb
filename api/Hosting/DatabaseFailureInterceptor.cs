using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sakip.Api.Hosting;

/// <summary>
/// Sees every command and connection of the DbContext: successes and unavailability go to
/// <see cref="DatabaseAvailability"/>, other failures (a query's own error: a bug) are logged with their stack
/// trace. EF Core's own error events for commands, connections and queries are demoted to Debug
/// (<see cref="DatabaseHosting.UseSakipNpgsql(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder, Npgsql.NpgsqlDataSource)"/>),
/// since they would log every request of an outage with a stack trace.
/// </summary>
public sealed partial class DatabaseFailureInterceptor(DatabaseAvailability availability, ILogger<DatabaseFailureInterceptor> logger)
    : DbCommandInterceptor, IDbConnectionInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        availability.ReportSuccess();
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        availability.ReportSuccess();
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        availability.ReportSuccess();
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        availability.ReportSuccess();
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        availability.ReportSuccess();
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        availability.ReportSuccess();
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Failed(eventData.Exception, command.CommandText);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception, command.CommandText);
        return Task.CompletedTask;
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Failed(eventData.Exception, null);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception, null);
        return Task.CompletedTask;
    }

    private void Failed(Exception exception, string? commandText)
    {
        if (exception is OperationCanceledException)
        {
            return;
        }
        if (DatabaseFaults.IsUnavailable(exception))
        {
            availability.ReportFailure(exception);
        }
        else if (commandText is null)
        {
            LogConnectionFailed(logger, exception);
        }
        else
        {
            LogCommandFailed(logger, exception, commandText);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Database command failed: {CommandText}")]
    private static partial void LogCommandFailed(ILogger logger, Exception exception, string commandText);

    [LoggerMessage(Level = LogLevel.Error, Message = "Opening a database connection failed")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception);
}
