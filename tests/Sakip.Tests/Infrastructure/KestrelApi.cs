using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Tests.Infrastructure;

/// <summary>The API on real Kestrel on a free loopback port, for clients outside the test process (nginx, node) and for
/// what only a real server does (the Server header, connection addresses).</summary>
public sealed class KestrelApi : IAsyncDisposable
{
    private readonly ApiFactory _api;

    private KestrelApi(ApiFactory api, string address)
    {
        _api = api;
        Address = address;
    }

    /// <summary>The server's address, such as http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Address { get; }

    public static KestrelApi Start(DatabaseFixture fixture, Dictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        var api = new ApiFactory(fixture, settings);
        try
        {
            WebApplicationFactory<Program> factory = configure is null ? api : api.WithWebHostBuilder(configure);
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new KestrelApi(api, address.TrimEnd('/'));
        }
        catch
        {
            api.Dispose();
            throw;
        }
    }

    /// <summary>A client of the real server (not the in-memory one).</summary>
    public HttpClient CreateClient() => new() { BaseAddress = new Uri(Address) };

    // Disposing the factory disposes the one WithWebHostBuilder derived from it too.
    public ValueTask DisposeAsync() => _api.DisposeAsync();
}
