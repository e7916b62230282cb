using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Sakip.Api.GraphQL;

/// <summary>
/// A fixed-window request limit per client address on the public endpoint. Every answer tells the client where it
/// stands (RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset); a refused request gets 429 with Retry-After.
/// </summary>
public sealed class ClientRateLimiter(IOptions<GraphQLOptions> options, TimeProvider time)
{
    private sealed class Window(long number)
    {
        public long Number = number;
        public int Count;
    }

    private readonly ConcurrentDictionary<string, Window> _clients = new();
    private long _sweptWindow = -1;

    public sealed record Decision(bool Allowed, int Limit, int Remaining, int ResetSeconds);

    public Decision Check(string client)
    {
        var limits = options.Value.RateLimit;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var length = (long)limits.Window.TotalMilliseconds;
        var number = now / length;
        var reset = (int)Math.Ceiling(((number + 1) * length - now) / 1000.0);
        // At most one sweep a window: many clients in the current window must not make every request walk them all.
        if (_clients.Count > limits.MaxTrackedClients && Interlocked.Exchange(ref _sweptWindow, number) != number)
        {
            // Forget clients whose window is over, so an address sweep cannot exhaust memory.
            foreach (var (key, old) in _clients)
            {
                if (old.Number < number)
                {
                    _clients.TryRemove(key, out _);
                }
            }
        }
        var window = _clients.GetOrAdd(client, _ => new Window(number));
        lock (window)
        {
            if (window.Number != number)
            {
                window.Number = number;
                window.Count = 0;
            }
            window.Count++;
            return new Decision(window.Count <= limits.PermitLimit, limits.PermitLimit, Math.Max(0, limits.PermitLimit - window.Count), reset);
        }
    }

    /// <summary>Applies the limit: adds the headers and answers 429 when the client is over it.</summary>
    public async Task<bool> AdmitAsync(HttpContext http, Func<string, Task> refuse)
    {
        var decision = Check(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        http.Response.Headers["RateLimit-Limit"] = decision.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["RateLimit-Remaining"] = decision.Remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["RateLimit-Reset"] = decision.ResetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (decision.Allowed)
        {
            return true;
        }
        http.Response.Headers.RetryAfter = decision.ResetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var window = options.Value.RateLimit.Window.TotalSeconds;
        await refuse($"Rate limit exceeded: at most {decision.Limit} requests per {window:0} seconds per client; retry after {decision.ResetSeconds} seconds.");
        return false;
    }
}
