using Microsoft.Playwright;

namespace Sakip.Tests.Site;

/// <summary>Debian's chromium driven by Playwright: no browser download, so the path is the installed binary
/// (SAKIP_CHROMIUM overrides it; .ci/run installs the chromium package).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string PathVariable = "SAKIP_CHROMIUM";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"No chromium at {ExecutablePath}: install Debian's chromium package (apt-get install chromium) or set {PathVariable}.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
