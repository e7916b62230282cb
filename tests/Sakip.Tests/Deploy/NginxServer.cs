using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Deploy;

/// <summary>Debian's nginx running the shipped deploy/nginx.conf in the foreground as a child process. The test
/// configuration is the shipped file with only what must differ on a test machine replaced (listen address, root, cache folder, API
/// upstream), wrapped the way the nginx image's own nginx.conf includes it, with pid, logs and temp files in a temp folder.</summary>
public sealed class NginxServer : IAsyncDisposable
{
    public const string PathVariable = "SAKIP_NGINX";

    private readonly Process _process;
    private readonly DirectoryInfo _temp;

    private NginxServer(Process process, DirectoryInfo temp, string address)
    {
        _process = process;
        _temp = temp;
        Address = address;
    }

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/sbin/nginx";

    public static string ShippedConfigPath => Path.Combine(RepositoryPaths.Root, "deploy", "nginx.conf");

    /// <summary>The server's address, such as http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Address { get; }

    public string ErrorLog => File.Exists(Path.Combine(_temp.FullName, "error.log")) ? File.ReadAllText(Path.Combine(_temp.FullName, "error.log")) : "";

    /// <summary>The shipped server block with the test machine's listen address, site folder and API.</summary>
    public static string ServerBlockForTest(string shipped, int port, string root, string upstream, string cache)
    {
        var server = ReplaceOnce(shipped, "listen 80;", $"listen 127.0.0.1:{port};");
        server = ReplaceOnce(server, "proxy_cache_path /var/cache/nginx/sakip-graphql ", $"proxy_cache_path {cache} ");
        server = ReplaceOnce(server, "root /usr/share/nginx/html/current;", $"root {root};");
        return ReplaceOnce(server, "proxy_pass http://api:8080;", $"proxy_pass {upstream};");
    }

    private static string ReplaceOnce(string text, string shipped, string test)
    {
        var count = text.Split(shipped).Length - 1;
        if (count != 1)
            throw new InvalidOperationException($"deploy/nginx.conf should contain '{shipped}' once, not {count} times; update {nameof(NginxServer)} with it.");
        return text.Replace(shipped, test, StringComparison.Ordinal);
    }

    public static async Task<NginxServer> StartAsync(string siteFolder, string apiAddress)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"No nginx at {ExecutablePath}: install Debian's nginx package (apt-get install nginx) or set {PathVariable}.");
        var temp = Directory.CreateTempSubdirectory("sakip-nginx-");
        var port = FreeLoopbackPort();
        var t = temp.FullName;
        var server = ServerBlockForTest(await File.ReadAllTextAsync(ShippedConfigPath), port, siteFolder, apiAddress, Path.Combine(t, "cache"));
        // The nginx image's /etc/nginx/nginx.conf: MIME map and default type in http, then conf.d/default.conf (ours).
        var config = $$"""
            daemon off;
            master_process off;
            pid {{t}}/nginx.pid;
            error_log {{t}}/error.log info;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log {{t}}/access.log;
                client_body_temp_path {{t}}/client_body;
                proxy_temp_path {{t}}/proxy;
                fastcgi_temp_path {{t}}/fastcgi;
                uwsgi_temp_path {{t}}/uwsgi;
                scgi_temp_path {{t}}/scgi;
            {{server}}
            }
            """;
        var configPath = Path.Combine(t, "nginx.conf");
        await File.WriteAllTextAsync(configPath, config);
        var start = new ProcessStartInfo(ExecutablePath, ["-p", t + "/", "-e", Path.Combine(t, "error.log"), "-c", configPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var nginx = new NginxServer(process, temp, $"http://127.0.0.1:{port}");
        try
        {
            await nginx.WaitUntilListeningAsync(port);
            return nginx;
        }
        catch
        {
            await nginx.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}:\n{await _process.StandardError.ReadToEndAsync()}\n{ErrorLog}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        _temp.Delete(recursive: true);
    }
}
