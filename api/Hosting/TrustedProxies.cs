using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sakip.Api.Hosting;

/// <summary>
/// Behind a reverse proxy (the shipped nginx) every request comes from the proxy's address, so the per-client rate
/// limit would give all visitors one budget. <c>Proxy:TrustedProxies</c> lists the proxies (addresses or CIDR
/// networks, comma-separated) whose X-Forwarded-For and X-Forwarded-Proto are believed; from anyone else those headers
/// are ignored, so a client cannot pick its own rate-limit key. Unset, no forwarded header is believed, not even
/// from loopback (ASP.NET Core's default would trust loopback).
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Proxy:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        // Read when the options are first used: a test host's configuration is complete only then.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var entries = Parse(configuration[Setting]);
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            // Walk back through every trusted hop, stopping at the first address that is not a trusted proxy.
            o.ForwardLimit = null;
            foreach (var network in entries)
            {
                if (network.PrefixLength == (network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128))
                {
                    o.KnownProxies.Add(network.BaseAddress);
                }
                else
                {
                    o.KnownIPNetworks.Add(network);
                }
            }
        });
        return services;
    }

    /// <summary>Believes forwarded headers from the configured proxies only; with none configured the middleware is left
    /// out, since empty lists would make it believe everyone. A malformed setting stops the start naming it.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (Parse(app.Configuration[Setting]).Count > 0)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }

    /// <summary>The configured proxies as networks (a single address is a /32 or /128); throws naming the setting on a bad entry.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> Parse(string? value)
    {
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new Microsoft.Extensions.Options.OptionsValidationException(Setting, typeof(ForwardedHeadersOptions),
                    [$"{Setting}: '{entry}' is neither an IP address nor a CIDR network (such as 10.0.0.0/8)."]);
            }
        }
        return networks;
    }
}
