using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sakip.Api.Seeding;

namespace Sakip.Tests.Loading;

/// <summary>Progress of a long load: a line every 10 seconds in logs, one line redrawn in place on a terminal.</summary>
public sealed class LoadProgressTests
{
    private sealed class Lines : ILogger
    {
        public List<string> Written { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Written.Add(formatter(state, exception));
    }

    [Fact]
    public void In_logs_a_plain_line_every_ten_seconds_with_documents_rate_and_time_left()
    {
        var time = new FakeTimeProvider();
        var log = new Lines();
        var progress = new LoadProgress(log, 100, time, terminal: null);
        foreach (var _ in Enumerable.Range(0, 100))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            progress.Advance(1, 1000);
        }
        Assert.Equal(10, log.Written.Count); // at 10, 20, ... 100 s; the last document always has its line
        Assert.Equal("Loading 10/100 documents, 1000 rows/s, 00:01:30 left", log.Written[0]);
        Assert.Equal("Loading 100/100 documents, 1000 rows/s, 00:00:00 left", log.Written[^1]);
    }

    [Fact]
    public void On_a_terminal_it_redraws_one_line_and_ends_it()
    {
        var time = new FakeTimeProvider();
        var terminal = new StringWriter();
        var progress = new LoadProgress(new Lines(), 4, time, terminal);
        foreach (var _ in Enumerable.Range(0, 4))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            progress.Advance(1, 500);
        }
        progress.Finish();
        var text = terminal.ToString();
        Assert.Equal(4, text.Split('\r', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(1, text.Count(c => c == '\n'));
        Assert.EndsWith("\u001b[KLoading 4/4 documents, 500 rows/s, 00:00:00 left\n", text.Replace("\r\n", "\n"));
    }
}
