using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Faults;

/// <summary>
/// A throwaway PostgreSQL cluster on a loopback port that a test stops, restarts and replicates at will (the run's
/// shared database must not be disturbed). As root its binaries run as the "postgres" user. Deleted on dispose.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private readonly string _bin;
    private readonly string _root;
    private readonly int _maxConnections;

    private TestCluster(string bin, string root, string password, int maxConnections)
    {
        _bin = bin;
        _root = root;
        Password = password;
        _maxConnections = maxConnections;
        Port = FreeLoopbackPort();
    }

    public int Port { get; }
    private string Password { get; }
    private string Data => Path.Combine(_root, "data");

    /// <summary>Host and port as a multi-host connection string lists them.</summary>
    public string HostAndPort => $"127.0.0.1:{Port}";

    public string ConnectionString(string database = "sakip") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = SuperUser, Password = Password, Database = database,
    }.ConnectionString;

    /// <summary>A connection string over several clusters (a primary and its standbys); they share the primary's password.</summary>
    public static string MultiHostConnectionString(string database, params TestCluster[] clusters) => new NpgsqlConnectionStringBuilder
    {
        Host = string.Join(',', clusters.Select(c => c.HostAndPort)), Username = SuperUser, Password = clusters[0].Password, Database = database,
    }.ConnectionString;

    /// <summary>Initialises and starts a cluster with a database "sakip".</summary>
    public static async Task<TestCluster> StartNewAsync(int maxConnections = 100)
    {
        var cluster = new TestCluster(EmbeddedPostgres.FindBinDirectory(), NewRoot(), NewPassword(), maxConnections);
        var passwordFile = Path.Combine(cluster._root, "password");
        await File.WriteAllTextAsync(passwordFile, cluster.Password);
        await cluster.OwnByPostgresAsync();
        // initdb's pg_hba.conf lets the superuser replicate from 127.0.0.1 with a password, which pg_basebackup needs.
        await cluster.RunAsync("initdb", ["-D", cluster.Data, "-U", SuperUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
            "--encoding=UTF8", "--no-locale", "--no-instructions"]);
        await cluster.StartAsync();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE DATABASE sakip", connection);
        await create.ExecuteNonQueryAsync();
        return cluster;
    }

    /// <summary>A streaming standby of this cluster (pg_basebackup -R), started on a port of its own.</summary>
    public async Task<TestCluster> StartStandbyAsync()
    {
        var standby = new TestCluster(_bin, NewRoot(), Password, _maxConnections);
        var passFile = Path.Combine(standby._root, "pgpass");
        await File.WriteAllTextAsync(passFile, $"127.0.0.1:{Port}:*:{SuperUser}:{Password}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passFile, UnixFileMode.UserRead | UnixFileMode.UserWrite); // libpq ignores a readable one
        }
        await standby.OwnByPostgresAsync();
        await standby.RunAsync("pg_basebackup", ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", SuperUser, "-D", standby.Data, "-R", "-X", "stream", "-c", "fast", "-w"], ("PGPASSFILE", passFile));
        // -R writes primary_conninfo; state the password too, as the walreceiver has no password file of its own.
        await File.AppendAllTextAsync(Path.Combine(standby.Data, "postgresql.auto.conf"),
            $"primary_conninfo = 'host=127.0.0.1 port={Port} user={SuperUser} password={Password} application_name=test_standby'\n");
        await standby.StartAsync();
        return standby;
    }

    public Task StartAsync() => RunAsync("pg_ctl", ["start", "-D", Data, "-w", "-t", "60", "-l", Path.Combine(_root, "server.log"), "-o", ServerOptions]);

    /// <summary>Stops the server: "fast" ends every session first, "immediate" is a crash.</summary>
    public Task StopAsync(string mode = "fast") => RunAsync("pg_ctl", ["stop", "-D", Data, "-m", mode, "-w"]);

    public Task RestartAsync() => RunAsync("pg_ctl", ["restart", "-D", Data, "-m", "fast", "-w", "-t", "60", "-o", ServerOptions]);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_ctl", ["stop", "-D", Data, "-m", "immediate", "-w"], throwOnError: false);
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is cleaned eventually.
        }
    }

    private string ServerOptions =>
        $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c full_page_writes=off -c max_connections={_maxConnections}";

    private static string NewRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), $"sakip-faults-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        return root;
    }

    private static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    private static bool IsRoot => Environment.UserName == "root";

    private async Task OwnByPostgresAsync()
    {
        if (IsRoot)
        {
            await RunProcessAsync("chown", ["-R", SuperUser, _root], [], throwOnError: true);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsync(string tool, IReadOnlyList<string> args, params (string Name, string Value)[] environment) =>
        RunAsync(tool, args, throwOnError: true, environment);

    private Task RunAsync(string tool, IReadOnlyList<string> args, bool throwOnError, params (string Name, string Value)[] environment)
    {
        var path = Path.Combine(_bin, tool);
        return IsRoot
            ? RunProcessAsync("runuser", ["-u", SuperUser, "--", "env", .. environment.Select(e => $"{e.Name}={e.Value}"), path, .. args], [], throwOnError)
            : RunProcessAsync(path, args, environment, throwOnError);
    }

    private static async Task RunProcessAsync(string file, IReadOnlyList<string> args, IReadOnlyList<(string Name, string Value)> environment, bool throwOnError)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stdout}{await stderr}");
        }
    }
}
