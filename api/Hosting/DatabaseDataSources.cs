using Microsoft.Extensions.Options;
using Npgsql;

namespace Sakip.Api.Hosting;

/// <summary>
/// The connection pools of the configured database: the API's reads on connections with planner settings of their own
/// (<see cref="ReadPlannerOptions"/>), migrations and loads on others with PostgreSQL's defaults. With several hosts
/// (<c>Host=db,db-standby</c>: a primary and its streaming standbys) Npgsql's
/// multi-host data source sends reads to a standby when one answers (or to the connection string's own
/// <c>Target Session Attributes</c>), falling back to the primary, while migrations and seed loading always go to
/// the primary. Either way each pool is capped at <see cref="DatabaseOptions.MaxPoolSize"/> connections per server
/// and a request waits at most <see cref="DatabaseOptions.PoolTimeout"/> for one.
/// </summary>
public sealed class DatabaseDataSources : IAsyncDisposable
{
    // The two pools this object owns; Reads and Primary may be views of them that pick a server.
    private readonly NpgsqlDataSource _readPool;
    private readonly NpgsqlDataSource _primaryPool;

    private DatabaseDataSources(NpgsqlDataSource readPool, NpgsqlDataSource primaryPool, NpgsqlDataSource reads, NpgsqlDataSource primary,
        IReadOnlyList<DatabaseHost> hosts, string database)
    {
        _readPool = readPool;
        _primaryPool = primaryPool;
        Reads = reads;
        Primary = primary;
        Hosts = hosts;
        Database = database;
    }

    /// <summary>
    /// The planner settings of the API's read connections (<see cref="Reads"/>), unless the connection string sets
    /// <c>Options</c>: one plan per prepared statement, of index lookups joined by nested loops. Every statement the API
    /// sends finds a region's rows through region-keyed indexes, so such a plan serves every later execution, and
    /// re-planning on each one was most of PostgreSQL's time per request (a ten-table statement took ~1.1 ms to plan).
    /// With the default planner, the one plan (made without the values) of the agency's plan nodes was a parallel
    /// sequential scan at 2,000 documents (12.8 ms against 1.0 ms), and on a small database hash joins over whole
    /// indexes: it cannot know one region and one agency were asked for, not ten of each. With these settings a plan is
    /// index lookups joined by nested loops at any size, so QueryPlanTests, which EXPLAINs the plans on its small
    /// database, checks what a national one runs: that every lookup goes through a region-keyed index. Scans and joins
    /// disabled here stay possible where nothing else serves a statement. Loads and migrations go through
    /// <see cref="Primary"/>, with PostgreSQL's defaults.
    /// </summary>
    public const string ReadPlannerOptions = "-c plan_cache_mode=force_generic_plan -c enable_seqscan=off -c enable_hashjoin=off -c enable_mergejoin=off";

    /// <summary>Where the API's queries go: a standby when several hosts are configured and one answers.</summary>
    public NpgsqlDataSource Reads { get; }

    /// <summary>Where migrations and the seed load go: the read-write server.</summary>
    public NpgsqlDataSource Primary { get; }

    /// <summary>Each configured server on its own small pool, so /readyz can say which of them answer.</summary>
    public IReadOnlyList<DatabaseHost> Hosts { get; }

    public string Database { get; }

    /// <summary>The servers, as "host:port" joined by commas, for messages.</summary>
    public string Servers => string.Join(',', Hosts.Select(h => h.Name));

    public static DatabaseDataSources Create(string connectionString, DatabaseOptions options)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = options.MaxPoolSize,
            Timeout = (int)Math.Ceiling(options.PoolTimeout.TotalSeconds),
        };
        settings.MinPoolSize = Math.Min(settings.MinPoolSize, settings.MaxPoolSize);
        // The API sends the same few statements over and over: prepared once per connection, each is parsed once and
        // PostgreSQL may keep its plan. A connection string's own settings win.
        if (!Names(connectionString, "Max Auto Prepare"))
        {
            settings.MaxAutoPrepare = 256;
            settings.AutoPrepareMinUsages = 2;
        }
        // Nothing here leaves session state behind (the loader's settings are transaction-local or reset), so a
        // connection returned to the pool needs no reset round trip.
        if (!Names(connectionString, "No Reset On Close"))
        {
            settings.NoResetOnClose = true;
        }
        var hosts = (settings.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => DatabaseHost.Create(h, settings))
            .ToList();
        var reads = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        if (!Names(connectionString, "Options"))
        {
            reads.Options = ReadPlannerOptions;
        }
        if (hosts.Count <= 1)
        {
            var single = new NpgsqlDataSourceBuilder(settings.ConnectionString).Build();
            var singleReads = new NpgsqlDataSourceBuilder(reads.ConnectionString).Build();
            return new DatabaseDataSources(singleReads, single, singleReads, single, hosts, settings.Database ?? "");
        }
        var readTarget = ParseTargetSession(settings.TargetSessionAttributes) ?? TargetSessionAttributes.PreferStandby;
        settings.TargetSessionAttributes = null; // each wrapper below says which server it wants
        reads.TargetSessionAttributes = null;
        var multi = new NpgsqlDataSourceBuilder(settings.ConnectionString).BuildMultiHost();
        var multiReads = new NpgsqlDataSourceBuilder(reads.ConnectionString).BuildMultiHost();
        return new DatabaseDataSources(multiReads, multi, multiReads.WithTargetSession(readTarget), multi.WithTargetSession(TargetSessionAttributes.Primary),
            hosts, settings.Database ?? "");
    }

    /// <summary>
    /// Whether the connection string itself sets a keyword (any spelling of its case and spaces).
    /// NpgsqlConnectionStringBuilder.ContainsKey cannot tell: it answers true for every keyword Npgsql knows.
    /// </summary>
    internal static bool Names(string connectionString, string keyword)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Any(k => Squeeze(k) == Squeeze(keyword));

        static string Squeeze(string k) => k.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> naming ConnectionStrings:Sakip when it cannot be used.</summary>
    public static void Validate(string connectionString)
    {
        try
        {
            var settings = new NpgsqlConnectionStringBuilder(connectionString);
            ParseTargetSession(settings.TargetSessionAttributes);
        }
        catch (ArgumentException e)
        {
            throw new OptionsValidationException("ConnectionStrings:Sakip", typeof(string), [$"ConnectionStrings:Sakip: {e.Message}"]);
        }
    }

    /// <summary>
    /// Closes the primary pool's idle connections after a migration or load, so the API keeps at most
    /// <see cref="DatabaseOptions.MaxPoolSize"/> connections for its reads.
    /// </summary>
    public void ReleaseIdlePrimaryConnections() => _primaryPool.Clear();

    /// <summary>Closes every idle connection, and the busy ones when they return: after the server restarted under them.</summary>
    public void ClearPools()
    {
        _readPool.Clear();
        _primaryPool.Clear();
        foreach (var host in Hosts)
        {
            host.DataSource.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts)
        {
            await host.DataSource.DisposeAsync();
        }
        await _readPool.DisposeAsync();
        await _primaryPool.DisposeAsync();
    }

    private static TargetSessionAttributes? ParseTargetSession(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "any" => TargetSessionAttributes.Any,
        "primary" => TargetSessionAttributes.Primary,
        "standby" => TargetSessionAttributes.Standby,
        "prefer-primary" => TargetSessionAttributes.PreferPrimary,
        "prefer-standby" => TargetSessionAttributes.PreferStandby,
        "read-write" => TargetSessionAttributes.ReadWrite,
        "read-only" => TargetSessionAttributes.ReadOnly,
        _ => throw new ArgumentException($"Unknown Target Session Attributes '{value}' in ConnectionStrings:Sakip."),
    };
}

/// <summary>One server of the connection string, with a pool of its own of at most two connections.</summary>
public sealed class DatabaseHost(string name, NpgsqlDataSource dataSource)
{
    public string Name { get; } = name;
    public NpgsqlDataSource DataSource { get; } = dataSource;

    internal static DatabaseHost Create(string host, NpgsqlConnectionStringBuilder settings)
    {
        var (name, port) = SplitPort(host, settings.Port);
        var single = new NpgsqlConnectionStringBuilder(settings.ConnectionString)
        {
            Host = name,
            Port = port,
            TargetSessionAttributes = null,
            LoadBalanceHosts = false,
            MinPoolSize = 0,
            MaxPoolSize = 2,
        };
        return new DatabaseHost($"{name}:{port}", new NpgsqlDataSourceBuilder(single.ConnectionString).Build());
    }

    /// <summary>"db:5433" or "[::1]:5433" carry their port; a bare host uses the connection string's Port.</summary>
    private static (string Host, int Port) SplitPort(string host, int defaultPort)
    {
        var colon = host.LastIndexOf(':');
        var bracketed = host.StartsWith('[');
        if (colon > 0 && (bracketed ? host[colon - 1] == ']' : host.IndexOf(':') == colon)
            && int.TryParse(host[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var port))
        {
            return (bracketed ? host[1..(colon - 1)] : host[..colon], port);
        }
        return (bracketed ? host.Trim('[', ']') : host, defaultPort);
    }
}
