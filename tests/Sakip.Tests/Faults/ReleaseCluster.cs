using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Sakip.Api.Data;
using Sakip.Api.Hosting;
using Sakip.Api.Releases;
using Sakip.Api.Seeding;
using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Faults;

/// <summary>
/// A cluster of its own with one copy of the LKjIP loaded, where a test changes the copy and loads a new release under
/// a running API; the API's clock is fake, so the test says when the API looks for a new release.
/// </summary>
public sealed class ReleaseCluster : IAsyncDisposable
{
    private readonly string _seed = Path.Combine(Directory.CreateTempSubdirectory("sakip-release-").FullName, "seed");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));
    private TestCluster _cluster = null!;

    public static async Task<ReleaseCluster> StartAsync()
    {
        var started = new ReleaseCluster { _cluster = await TestCluster.StartNewAsync() };
        Write(started._seed, [new SeedCopy(Lkjip, "t-lkjip", "63.01", "dinsos")]);
        await started.LoadAsync();
        return started;
    }

    /// <summary>An API on the cluster, with the fake clock.</summary>
    public FaultApi Api(Dictionary<string, string?>? settings = null) =>
        new(_cluster.ConnectionString(), settings, s => s.AddSingleton<TimeProvider>(_time));

    /// <summary>Changes the copy (<see cref="SeedCopies.Replace"/>), loads it as a new release and lets the API's next request see it.</summary>
    public async Task ChangeAsync(string relativeFile, string text, string replacement)
    {
        Replace(_seed, relativeFile, text, replacement);
        Assert.Equal(SeedOutcome.Loaded, (await LoadAsync()).Outcome);
        _time.Advance(ReleaseMonitor.CheckInterval);
    }

    private async Task<SeedResult> LoadAsync()
    {
        var builder = new DbContextOptionsBuilder<SakipDbContext>();
        builder.UseSakipNpgsql(_cluster.ConnectionString());
        await using var db = new SakipDbContext(builder.Options);
        await db.Database.MigrateAsync();
        return await new SeedLoader(db, NullLogger<SeedLoader>.Instance, TimeProvider.System).LoadAsync(_seed, Path.GetDirectoryName(_seed)!, false, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_seed)!, recursive: true);
    }
}
