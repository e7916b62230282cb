using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Sakip.Api.Hosting;

public static class ServerHeader
{
    /// <summary>Kestrel names itself in a Server header on every answer; it tells a client nothing it needs and an
    /// attacker which server to aim at, so the API sends none.</summary>
    public static IServiceCollection AddNoServerHeader(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
}
