using System.Diagnostics;
using System.Globalization;

namespace Sakip.Site.Build;

/// <summary>One log line every few seconds while pages are built (pages done, rendered and carried over, requests,
/// pages per second), instead of a line per page: a national build has tens of thousands.</summary>
public sealed class BuildProgress(TextWriter log, int total, Func<int> requests)
{
    static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    readonly Stopwatch _clock = Stopwatch.StartNew();
    readonly Lock _lock = new();
    TimeSpan _next = Every;
    int _rendered;
    int _carried;

    public int Rendered => Volatile.Read(ref _rendered);
    public int Carried => Volatile.Read(ref _carried);
    public TimeSpan Elapsed => _clock.Elapsed;

    public void AddRendered(int pages)
    {
        Interlocked.Add(ref _rendered, pages);
        Report();
    }

    public void AddCarried(int pages)
    {
        Interlocked.Add(ref _carried, pages);
        Report();
    }

    void Report()
    {
        if (_clock.Elapsed < _next) return;
        lock (_lock)
        {
            if (_clock.Elapsed < _next) return;
            _next = _clock.Elapsed + Every;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Rendered + Carried:N0} of {total:N0} pages ({Rendered:N0} rendered, {Carried:N0} carried over), {requests():N0} API requests, " +
                          $"{Rendered / _clock.Elapsed.TotalSeconds:N0} pages/s rendered"));
        }
    }
}
