using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sakip.Api.Health;

/// <summary>
/// The readiness check in ASP.NET Core's health checks: healthy when the database serves, degraded (still ready)
/// when a configured server does not answer but reads are served by another.
/// </summary>
public sealed class DatabaseReadinessCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public const string Tag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = await readiness.GetAsync(cancellationToken);
        var status = !report.Ready ? context.Registration.FailureStatus
            : report.EveryHostAnswers ? HealthStatus.Healthy : HealthStatus.Degraded;
        return new HealthCheckResult(status, data: report.Checks);
    }
}

public static class DatabaseReadinessRegistration
{
    public static IServiceCollection AddDatabaseReadiness(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseReadiness>();
        services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", HealthStatus.Unhealthy, [DatabaseReadinessCheck.Tag]);
        return services;
    }
}
