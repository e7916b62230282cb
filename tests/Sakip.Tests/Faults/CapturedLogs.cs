using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sakip.Tests.Faults;

/// <summary>Every log entry the API writes while a test runs, to count outage lines and look for stack traces.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyList<Entry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    /// <summary>Entries at Error and above, or with an exception: what an outage must not produce per request.</summary>
    public IReadOnlyList<Entry> Errors => Entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null).ToList();

    public int Count(string messageStart) => Entries.Count(e => e.Message.StartsWith(messageStart, StringComparison.Ordinal));

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}
