using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Sakip.Api.Data;
using Sakip.Api.Hosting;
using Sakip.Api.Seeding;

namespace Sakip.Api.Health;

/// <summary>What /readyz says: whether the API can serve, each check's answer, and each configured server's role.</summary>
public sealed record ReadinessReport(bool Ready, bool EveryHostAnswers, IReadOnlyDictionary<string, object> Checks);

/// <summary>
/// Checks that the database answers reads, is migrated and holds a loaded seed, and asks each configured server
/// whether it is a primary or a standby. The answer is reused for <see cref="DatabaseOptions.ReadinessCacheDuration"/>
/// and probes arriving while a check runs wait for that check: a load balancer probing hundreds of times a second
/// costs one check per interval. A check that meets a connection closed by a restart tries once more on a new one,
/// so the first probe after a restart is right.
/// </summary>
public sealed class DatabaseReadiness(IServiceScopeFactory scopes, DatabaseDataSources dataSources, SeedStatus seed,
    IOptions<DatabaseOptions> options, TimeProvider time)
{
    /// <summary>Bounds one check, whatever the servers do; a server that does not answer within it is unreachable.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private Task<ReadinessReport>? _current;
    private DateTimeOffset _checkedAt;
    private long _checks;

    /// <summary>How many checks ran since the start (each costs a few queries).</summary>
    public long ChecksRun => Interlocked.Read(ref _checks);

    public Task<ReadinessReport> GetAsync(CancellationToken ct)
    {
        Task<ReadinessReport> task;
        lock (_lock)
        {
            if (_current is null || _current.IsCompleted && time.GetUtcNow() - _checkedAt >= options.Value.ReadinessCacheDuration)
            {
                _current = CheckAsync();
            }
            task = _current;
        }
        return task.WaitAsync(ct);
    }

    private async Task<ReadinessReport> CheckAsync()
    {
        Interlocked.Increment(ref _checks);
        using var timeout = new CancellationTokenSource(CheckTimeout, time);
        var hosts = await Task.WhenAll(dataSources.Hosts.Select(h => ProbeAsync(h, timeout.Token)));
        var checks = new Dictionary<string, object>();
        var ready = false;
        try
        {
            var (pending, lastLoad, lastLoadId) = await OnceMoreIfBrokenAsync(ReadStateAsync, timeout.Token);
            var seedError = seed.ErrorAsOf(lastLoadId);
            checks["database"] = "reachable";
            checks["migrations"] = pending == 0 ? "applied" : $"{pending} pending";
            checks["seed"] = seedError is not null ? "invalid seed files: see the log"
                : lastLoad is { } loaded ? $"loaded {loaded:u}" : "not loaded";
            ready = pending == 0 && lastLoad is not null && seedError is null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or OperationCanceledException
            || DatabaseFaults.IsUnavailable(e))
        {
            checks["database"] = "unreachable";
        }
        checks["hosts"] = hosts.ToDictionary(h => h.Name, h => h.Role);
        var report = new ReadinessReport(ready, hosts.All(h => h.Role != Unreachable), checks);
        lock (_lock)
        {
            _checkedAt = time.GetUtcNow();
        }
        return report;
    }

    private async Task<(int Pending, DateTimeOffset? LastLoad, long? LastLoadId)> ReadStateAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        var last = await db.SeedLoads.AsNoTracking().OrderByDescending(l => l.Id).Select(l => new { l.LoadedAt, l.Id }).FirstOrDefaultAsync(ct);
        return (pending, last?.LoadedAt, last?.Id);
    }

    private const string Unreachable = "unreachable";

    private static async Task<(string Name, string Role)> ProbeAsync(DatabaseHost host, CancellationToken ct)
    {
        try
        {
            var standby = await OnceMoreIfBrokenAsync(async token =>
            {
                await using var connection = await host.DataSource.OpenConnectionAsync(token);
                await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);
                return (bool)(await command.ExecuteScalarAsync(token))!;
            }, ct);
            return (host.Name, standby ? "standby" : "primary");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException || DatabaseFaults.IsUnavailable(e))
        {
            return (host.Name, Unreachable);
        }
    }

    /// <summary>Runs the read again when the first attempt met a connection the server had closed (Npgsql then clears its pool).</summary>
    private static async Task<T> OnceMoreIfBrokenAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken ct)
    {
        try
        {
            return await read(ct);
        }
        catch (Exception e) when (DatabaseFaults.IsBrokenConnection(e))
        {
            return await read(ct);
        }
    }
}
