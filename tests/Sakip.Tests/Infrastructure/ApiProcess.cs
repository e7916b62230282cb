using System.Diagnostics;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Infrastructure;

/// <summary>"dotnet Sakip.Api.dll VERB ..." as its own process, as a data officer or an analyst runs a command.</summary>
public static class ApiProcess
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string connectionString, string seedDirectory, params string[] args) =>
        RunFromAsync(null, connectionString, seedDirectory, args);

    /// <summary>
    /// As typed in a shell whose folder is <paramref name="shellDirectory"/> (its PWD) while the program starts elsewhere, as
    /// "dotnet run --project api" starts it in api/: relative paths are the shell's.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunFromAsync(string? shellDirectory, string connectionString, string seedDirectory,
        params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sakip.Api.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ConnectionStrings__Sakip"] = connectionString;
        info.Environment["Database__SeedDirectory"] = seedDirectory;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        if (shellDirectory is not null)
        {
            info.Environment["PWD"] = shellDirectory;
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>A connection string no database answers: commands that need none must not try.</summary>
    public const string Unreachable = "Host=127.0.0.1;Port=1;Database=nowhere;Username=x;Password=y;Timeout=3";
}
