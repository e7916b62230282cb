using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>A site of its own for one test class: documents written into a folder by the subclass (copies of the test
/// fixtures, never the repository's seed/), loaded into a scratch database and built by the real generator against
/// the API served in process, on the first call.</summary>
public abstract class ScratchSiteFixture(string database, string folder) : IAsyncDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory($"sakip-site-{folder}-");
    private readonly Lock _gate = new();
    private Task<string>? _built;
    private ScratchDatabase? _db;
    private ApiFactory? _api;

    /// <summary>Writes the documents of the site into <paramref name="seed"/>, one folder each.</summary>
    protected abstract void WriteSeed(string seed);

    /// <summary>The built site's folder (built on the first call).</summary>
    public Task<string> GetAsync(DatabaseFixture fixture)
    {
        lock (_gate) return _built ??= BuildAsync(fixture);
    }

    private async Task<string> BuildAsync(DatabaseFixture fixture)
    {
        var seed = Path.Combine(_root.FullName, "seed");
        WriteSeed(seed);
        _db = await ScratchDatabase.CreateAsync(fixture, database);
        await _db.LoadAsync(seed);
        // The API serves the documents as loaded here, never the repository's seed/.
        _api = new ApiFactory(_db.ConnectionString, new() { ["Database:LoadSeed"] = "false" });
        var output = Path.Combine(_root.FullName, "out");
        var log = new StringWriter();
        var exit = await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", output], log, log, _api.Server.CreateHandler());
        if (exit != 0) throw new InvalidOperationException($"The site build failed with exit code {exit}:\n{log}");
        return output;
    }

    public async ValueTask DisposeAsync()
    {
        if (_api is not null) await _api.DisposeAsync();
        if (_db is not null) await _db.DisposeAsync();
        _root.Delete(recursive: true);
    }
}
