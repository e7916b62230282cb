using System.Diagnostics;

namespace Sakip.Api.Seeding;

/// <summary>
/// Reports a long load: documents done of total, rows per second and time left. On a terminal it is one line rewritten in
/// place (on standard error, so output stays clean); in logs and CI a plain line every <see cref="LogEvery"/>.
/// </summary>
internal sealed class LoadProgress(ILogger logger, int total, TimeProvider time, TextWriter? terminal)
{
    /// <summary>Standard error when it is a terminal (and not CI), where the line is drawn; otherwise null, for log lines.</summary>
    public static TextWriter? Terminal => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null ? Console.Error : null;

    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DrawEvery = TimeSpan.FromMilliseconds(250);
    private readonly long _started = time.GetTimestamp();
    private long? _lastShown;
    private int _done;
    private long _rows;

    public void Advance(int documents, long rows)
    {
        _done += documents;
        _rows += rows;
        var now = time.GetTimestamp();
        if (time.GetElapsedTime(_lastShown ?? _started, now) < (terminal is not null ? DrawEvery : LogEvery) && _done < total)
        {
            return;
        }
        _lastShown = now;
        var elapsed = time.GetElapsedTime(_started, now);
        var rate = elapsed.TotalSeconds > 0 ? _rows / elapsed.TotalSeconds : 0;
        var left = _done > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds / _done * (total - _done)) : TimeSpan.Zero;
        if (terminal is not null)
        {
            terminal.Write($"\r\u001b[KLoading {_done:N0}/{total:N0} documents, {rate:N0} rows/s, {left:hh\\:mm\\:ss} left");
        }
        else
        {
            logger.LogInformation("Loading {Done}/{Total} documents, {RowsPerSecond:F0} rows/s, {Left:hh\\:mm\\:ss} left", _done, total, rate, left);
        }
    }

    /// <summary>Ends the terminal line, so the next output starts on its own line.</summary>
    public void Finish()
    {
        if (terminal is not null && _lastShown is not null)
        {
            terminal.WriteLine();
        }
    }

    public TimeSpan Elapsed => time.GetElapsedTime(_started);
}
