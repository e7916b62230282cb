using Sakip.Site.Api;

namespace Sakip.Site.Build;

/// <summary>The command line: parse, build, report. Exit code 0 on success, 1 when the build failed, 2 on bad arguments.</summary>
public static class SiteCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, HttpMessageHandler? handler = null, CancellationToken ct = default,
        TimeProvider? time = null)
    {
        var options = SiteOptions.Parse(args, out var problem);
        if (options is null)
        {
            if (problem is { Length: > 0 }) error.WriteLine(problem);
            (problem is { Length: > 0 } ? error : output).WriteLine(SiteOptions.Usage);
            return problem is { Length: > 0 } ? 2 : 0;
        }

        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.Timeout = TimeSpan.FromSeconds(100);
        var builder = new SiteBuilder(new GraphQLClient(http, options.Api), options, output, time ?? TimeProvider.System);
        try
        {
            await builder.BuildAsync(ct);
            return 0;
        }
        catch (SiteBuildException e)
        {
            error.WriteLine($"Site build failed: {e.Message}");
            error.WriteLine($"The output folder {Path.GetFullPath(options.Out)} was left as it was.");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading the Chart.js copy or the output folder: a message, never a stack trace.
            error.WriteLine($"Site build failed: {e.Message}");
            error.WriteLine($"The output folder {Path.GetFullPath(options.Out)} was left as it was.");
            return 1;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            error.WriteLine("Site build cancelled; the output folder was left as it was.");
            return 1;
        }
    }
}
