using Sakip.Site.Build;

namespace Sakip.Site;

/// <summary>The generator's entry point (a named class, so it does not clash with the API's Program in the tests).</summary>
public static class SiteProgram
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await SiteCommand.RunAsync(args, Console.Out, Console.Error, ct: cancel.Token);
    }
}
