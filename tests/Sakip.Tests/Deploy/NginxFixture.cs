using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Tests.Infrastructure;
using Sakip.Tests.Site;

namespace Sakip.Tests.Deploy;

/// <summary>The shipped nginx configuration serving the suite's built site, with /graphql passed to the API on Kestrel.
/// Started on first use: xunit 2 cannot hand the collection's database and built site to a class fixture.</summary>
public sealed class NginxFixture : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private Task<NginxSite>? _started;
    private KestrelApi? _api;
    private NginxServer? _nginx;

    public ForwardedForRecorder Recorder { get; } = new();

    public Task<NginxSite> GetAsync(DatabaseFixture database, BuiltSiteFixture site)
    {
        lock (_gate) return _started ??= StartAsync(database, site);
    }

    private async Task<NginxSite> StartAsync(DatabaseFixture database, BuiltSiteFixture siteFixture)
    {
        var site = await siteFixture.GetAsync(database);
        _api = KestrelApi.Start(database, configure: web => web.ConfigureServices(s => s.AddSingleton<IStartupFilter>(Recorder)));
        _nginx = await NginxServer.StartAsync(site.Folder, _api.Address);
        return new NginxSite(_nginx, site);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_nginx is not null) await _nginx.DisposeAsync();
        if (_api is not null) await _api.DisposeAsync();
    }
}

public sealed record NginxSite(NginxServer Nginx, BuiltSite Site)
{
    public HttpClient CreateClient() => new() { BaseAddress = new Uri(Nginx.Address) };
}
