using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Sakip.Api.Hosting;

/// <summary>The embedded PostgreSQL could not be found, initialised or started; the message says why.</summary>
public sealed class EmbeddedPostgresException(string message) : Exception(message);

/// <summary>
/// A private PostgreSQL cluster for development and tests: initialised on first use in a data folder, started on
/// a free loopback port, stopped on dispose. A cluster left running by a killed process is found through its
/// postmaster.pid and reused. As root, the binaries run as the "postgres" user, since PostgreSQL refuses root.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private readonly string _binDirectory;
    private readonly string _dataDirectory;
    private readonly ILogger _logger;
    private bool _stopped;

    private EmbeddedPostgres(string binDirectory, string dataDirectory, int port, string password, ILogger logger)
    {
        _binDirectory = binDirectory;
        _dataDirectory = dataDirectory;
        DataDirectory = Path.GetDirectoryName(dataDirectory)!;
        Port = port;
        Password = password;
        _logger = logger;
    }

    public int Port { get; }

    /// <summary>The folder holding the cluster and its password: the one asked for, unless postgres cannot reach it.</summary>
    public string DataDirectory { get; }
    private string Password { get; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, string? binDirectory, ILogger logger, CancellationToken ct)
    {
        var bin = binDirectory ?? FindBinDirectory();
        var data = ReachableByPostgres(Path.GetFullPath(dataDirectory), logger);
        var cluster = Path.Combine(data, "cluster");
        var passwordFile = Path.Combine(data, "password");
        Directory.CreateDirectory(data);

        if (!File.Exists(Path.Combine(cluster, "PG_VERSION")))
        {
            await InitialiseAsync(bin, data, cluster, passwordFile, logger, ct);
        }

        var password = (await File.ReadAllTextAsync(passwordFile, ct)).Trim();
        var running = await FindRunningPortAsync(bin, cluster, ct);
        if (running is int port && await CanConnectAsync(port, password, ct))
        {
            logger.LogInformation("Reusing the embedded PostgreSQL cluster already running in {Directory} on port {Port}", cluster, port);
            return new EmbeddedPostgres(bin, cluster, port, password, logger);
        }
        if (running is not null)
        {
            // Running but not answering us: stop it and start afresh rather than fail.
            logger.LogWarning("The embedded PostgreSQL cluster in {Directory} does not answer; restarting it", cluster);
            await RunAsync(bin, "pg_ctl", ["stop", "-D", cluster, "-m", "immediate", "-w"], ct, throwOnError: false);
        }

        port = FreeLoopbackPort();
        var log = Path.Combine(cluster, "server.log");
        await RunAsync(bin, "pg_ctl",
        [
            "start", "-D", cluster, "-w", "-t", "60", "-l", log,
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c full_page_writes=off",
        ], ct);
        logger.LogInformation("Started the embedded PostgreSQL cluster in {Directory} on 127.0.0.1:{Port}", cluster, port);
        return new EmbeddedPostgres(bin, cluster, port, password, logger);
    }

    public async Task EnsureDatabaseAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        await RunAsync(_binDirectory, "pg_ctl", ["stop", "-D", _dataDirectory, "-m", "fast", "-w"], CancellationToken.None, throwOnError: false);
        _logger.LogInformation("Stopped the embedded PostgreSQL cluster in {Directory}", _dataDirectory);
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>
    /// As root the server runs as "postgres", which must be able to enter every folder above the data folder; a
    /// checkout under a private folder (/root) would make initdb fail, so the cluster then lives under the temp folder,
    /// at a path derived from the requested one.
    /// </summary>
    private static string ReachableByPostgres(string data, ILogger logger)
    {
        if (!IsRoot || OperatingSystem.IsWindows())
        {
            return data;
        }
        for (var dir = Directory.GetParent(data); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && (File.GetUnixFileMode(dir.FullName) & UnixFileMode.OtherExecute) == 0)
            {
                var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(data)))[..12].ToLowerInvariant();
                var moved = Path.Combine(Path.GetTempPath(), $"sakip-postgres-{hash}");
                logger.LogWarning("The postgres user cannot enter {Folder}; keeping the embedded cluster in {Data} instead", dir.FullName, moved);
                return moved;
            }
        }
        return data;
    }

    /// <summary>Binaries on PATH (pg_ctl, initdb), else the newest /usr/lib/postgresql/*/bin.</summary>
    public static string FindBinDirectory()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var pgCtl = Path.Combine(dir, "pg_ctl");
            if (File.Exists(pgCtl) && File.Exists(Path.Combine(dir, "initdb")))
            {
                var target = new FileInfo(pgCtl).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? pgCtl;
                return Path.GetDirectoryName(target)!;
            }
        }
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(x => File.Exists(Path.Combine(x.Dir, "pg_ctl")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir)
                .ToList()
            : [];
        return versions.FirstOrDefault() ?? throw new EmbeddedPostgresException(
            "No PostgreSQL binaries found: neither pg_ctl and initdb on PATH nor /usr/lib/postgresql/*/bin. "
            + "Install PostgreSQL (apt-get install postgresql) or set ConnectionStrings__Sakip to use your own server.");
    }

    private static async Task InitialiseAsync(string bin, string data, string cluster, string passwordFile, ILogger logger, CancellationToken ct)
    {
        logger.LogInformation("Initialising an embedded PostgreSQL cluster in {Directory}", cluster);
        if (Directory.Exists(cluster))
        {
            Directory.Delete(cluster, recursive: true); // a half-initialised cluster from an interrupted run
        }
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await File.WriteAllTextAsync(passwordFile, password, ct);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        Directory.CreateDirectory(cluster);
        if (IsRoot)
        {
            await RunProcessAsync("chown", ["-R", SuperUser, data], ct);
        }
        await RunAsync(bin, "initdb",
        [
            "-D", cluster, "-U", SuperUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
            "--encoding=UTF8", "--no-locale", "--no-instructions",
        ], ct);
    }

    private static async Task<int?> FindRunningPortAsync(string bin, string cluster, CancellationToken ct)
    {
        var pidFile = Path.Combine(cluster, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }
        var status = await RunAsync(bin, "pg_ctl", ["status", "-D", cluster], ct, throwOnError: false);
        if (status.ExitCode != 0)
        {
            return null; // a stale pid file: the server starts over it
        }
        var lines = await File.ReadAllLinesAsync(pidFile, ct);
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
    }

    private static async Task<bool> CanConnectAsync(int port, string password, CancellationToken ct)
    {
        try
        {
            var cs = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = SuperUser, Password = password, Database = "postgres", Timeout = 5 };
            await using var connection = new NpgsqlConnection(cs.ConnectionString);
            await connection.OpenAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static Task<(int ExitCode, string Output)> RunAsync(string bin, string tool, IReadOnlyList<string> args, CancellationToken ct, bool throwOnError = true)
    {
        var path = Path.Combine(bin, tool);
        return IsRoot
            ? RunProcessAsync("runuser", ["-u", SuperUser, "--", path, .. args], ct, throwOnError)
            : RunProcessAsync(path, args, ct, throwOnError);
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string file, IReadOnlyList<string> args, CancellationToken ct, bool throwOnError = true)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new EmbeddedPostgresException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var output = (await stdout + await stderr).Trim();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new EmbeddedPostgresException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed with exit code {process.ExitCode}: {output}");
        }
        return (process.ExitCode, output);
    }
}
