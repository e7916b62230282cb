using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>The site as the generator builds it from the in-process API on the test run's database, built once per
/// test run into a temporary folder and served over real HTTP by <see cref="StaticSiteServer"/>, with the server's
/// address as the build's base URL. xunit 2 cannot hand one collection fixture to another, so the build happens on the
/// first <see cref="GetAsync"/>, with the <see cref="DatabaseFixture"/> of the same collection.</summary>
public sealed class BuiltSiteFixture : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sakip-site-built-");
    private Task<BuiltSite>? _built;
    private StaticSiteServer? _server;
    private ApiFactory? _api;

    public Task<BuiltSite> GetAsync(DatabaseFixture database)
    {
        lock (_gate) return _built ??= BuildAsync(database);
    }

    private async Task<BuiltSite> BuildAsync(DatabaseFixture database)
    {
        // The server needs its folder before the build; the build turns that empty folder into the link to its build
        // folder, as it does with the folder the API creates for Site:Root before run.sh builds the site.
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, "out")).FullName;
        _server = await StaticSiteServer.StartAsync(folder);
        _api = new ApiFactory(database);
        var log = new StringWriter();
        var exit = await SiteCommand.RunAsync(
            ["--api", "http://localhost/graphql", "--out", folder, "--base-url", _server.Address],
            log, log, _api.Server.CreateHandler());
        if (exit != 0) throw new InvalidOperationException($"The site build for the site tests failed with exit code {exit}:\n{log}");
        return new BuiltSite(folder, _server.Address, log.ToString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        if (_api is not null) await _api.DisposeAsync();
        _root.Delete(recursive: true);
    }
}

/// <summary>A built site: its folder, the address it is served at (also its base URL, no trailing slash) and the
/// generator's log.</summary>
public sealed record BuiltSite(string Folder, string Address, string Log)
{
    /// <summary>The file a site path is served from: a folder path ("/metode/") is its index.html.</summary>
    public string FileFor(string path)
    {
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        return Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar));
    }
}
