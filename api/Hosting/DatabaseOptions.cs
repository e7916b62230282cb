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
}
