using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sakip.Api.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// /healthz: the process is alive. /readyz: the database answers, is migrated and holds a loaded seed, with each
    /// configured server's role: <c>{"status":"ready","checks":{"database":"reachable","migrations":"applied",
    /// "seed":"loaded ...","hosts":{"db:5432":"primary","db-standby:5432":"standby"}}}</c>, 503 when not ready.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DatabaseReadinessCheck.Tag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteReadinessAsync,
        });
        return app;
    }

    private static Task WriteReadinessAsync(HttpContext http, HealthReport report)
    {
        var checks = new Dictionary<string, object>();
        foreach (var entry in report.Entries.Values)
        {
            foreach (var (name, value) in entry.Data)
            {
                checks[name] = value;
            }
        }
        var status = report.Status == HealthStatus.Unhealthy ? "not ready" : "ready";
        return http.Response.WriteAsJsonAsync(new { status, checks }, http.RequestAborted);
    }
}
