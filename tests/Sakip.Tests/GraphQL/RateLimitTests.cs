using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// The per-client rate limit on a fake clock, and whose address it keys on: the peer's, or the client's as forwarded by
/// a trusted proxy, never as claimed by anyone else.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RateLimitTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private const string Proxy = "10.0.0.5";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 10, 0, 30, TimeSpan.Zero));
    private ApiFactory _api = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory(fixture, new()
        {
            ["GraphQL:RateLimit:PermitLimit"] = "3",
            ["GraphQL:RateLimit:Window"] = "00:01:00",
            ["Proxy:TrustedProxies"] = Proxy,
        }, services => services.AddSingleton<TimeProvider>(_time));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<HttpContext> SendAsync(string peer, string? forwardedFor = null) =>
        await _api.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/graphql";
            c.Request.ContentType = "application/json";
            c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"{ regions { code } }\"}"));
            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });

    private static string Header(HttpContext c, string name) => c.Response.Headers[name].ToString();

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_Retry_After_until_the_window_ends()
    {
        var remaining = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var ok = await SendAsync("192.0.2.10");
            Assert.Equal(StatusCodes.Status200OK, ok.Response.StatusCode);
            Assert.Equal("3", Header(ok, "RateLimit-Limit"));
            Assert.Equal("30", Header(ok, "RateLimit-Reset"));
            remaining.Add(Header(ok, "RateLimit-Remaining"));
        }
        Assert.Equal(["2", "1", "0"], remaining);

        _time.Advance(TimeSpan.FromSeconds(20));
        var refused = await SendAsync("192.0.2.10");
        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        Assert.Equal("10", Header(refused, "Retry-After"));
        var body = await new StreamReader(refused.Response.Body).ReadToEndAsync();
        Assert.Contains("at most 3 requests per 60 seconds per client", body);
        Assert.Contains("\"RATE_LIMITED\"", body);

        _time.Advance(TimeSpan.FromSeconds(10));
        var next = await SendAsync("192.0.2.10");
        Assert.Equal(StatusCodes.Status200OK, next.Response.StatusCode);
        Assert.Equal("2", Header(next, "RateLimit-Remaining"));
        Assert.Equal("60", Header(next, "RateLimit-Reset"));
    }

    [Fact]
    public async Task Visitors_behind_a_trusted_proxy_each_have_their_own_limit()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, (await SendAsync(Proxy, "203.0.113.1")).Response.StatusCode);
        }
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await SendAsync(Proxy, "203.0.113.1")).Response.StatusCode);
        var other = await SendAsync(Proxy, "203.0.113.2");
        Assert.Equal(StatusCodes.Status200OK, other.Response.StatusCode);
        Assert.Equal("2", Header(other, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task A_client_that_is_not_a_trusted_proxy_cannot_choose_its_address_with_X_Forwarded_For()
    {
        var remaining = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            remaining.Add(Header(await SendAsync("198.51.100.7", $"203.0.113.{100 + i}"), "RateLimit-Remaining"));
        }
        Assert.Equal(["2", "1", "0"], remaining);
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await SendAsync("198.51.100.7", "203.0.113.200")).Response.StatusCode);
    }

    [Fact]
    public async Task A_forged_hop_before_the_trusted_proxy_does_not_change_the_visitors_address()
    {
        // The visitor claims to be 203.0.113.50; nginx appends the address it saw: only that last hop is the visitor.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, (await SendAsync(Proxy, $"203.0.113.{50 + i}, 192.0.2.99")).Response.StatusCode);
        }
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await SendAsync(Proxy, "203.0.113.60, 192.0.2.99")).Response.StatusCode);
    }
}
