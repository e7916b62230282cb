using System.ComponentModel.DataAnnotations;

namespace Sakip.Api.Hosting;

/// <summary>
/// Where the data lives. With ConnectionStrings:Sakip set, that server is used; otherwise a private PostgreSQL
/// cluster is started in <see cref="DataDirectory"/>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Folder of the embedded cluster. Default: .data/postgres in the repository root.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Folder of the PostgreSQL binaries. Default: found on PATH or under /usr/lib/postgresql.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>Database name on the embedded cluster.</summary>
    [Required, RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string Name { get; set; } = "sakip";

    /// <summary>Load seed/ at start when it differs from what was loaded last (a no-op when unchanged).</summary>
    public bool LoadSeed { get; set; } = true;

    /// <summary>The seed folder. Default: seed/ in the repository root.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>
    /// Most connections the API holds to each database server; requests beyond it wait for a free one. It replaces
    /// the connection string's Maximum Pool Size, and must stay below the server's max_connections (PostgreSQL's
    /// default is 100) less what other clients and a second API instance need: an API that opens connections
    /// without a cap gets "too many connections" from the server under load, and fails far more requests.
    /// </summary>
    [Range(1, 1_000)]
    public int MaxPoolSize { get; set; } = 20;

    /// <summary>
    /// Longest a request waits for a connection (a free one from the pool, or a new one to a server) before it is
    /// answered 503; replaces the connection string's Timeout (whole seconds, rounded up).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan PoolTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long /readyz reuses its last answer: probes arriving faster cost at most one database check per
    /// interval. Zero checks on every probe.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReadinessCacheDuration { get; set; } = TimeSpan.FromSeconds(1);
}
