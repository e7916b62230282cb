using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;
using Sakip.Api.Seeding;

namespace Sakip.Api.Health;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process is alive. /readyz: the database answers, is migrated and holds a loaded seed.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
        app.MapGet("/readyz", async (SakipDbContext db, SeedStatus seed, CancellationToken ct) =>
        {
            var checks = new Dictionary<string, string>();
            var ready = true;
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                checks["database"] = "reachable";
                checks["migrations"] = pending.Count == 0 ? "applied" : $"{pending.Count} pending";
                var last = await db.SeedLoads.AsNoTracking().OrderByDescending(l => l.Id).FirstOrDefaultAsync(ct);
                checks["seed"] = seed.Error is not null ? "invalid seed files: see the log" : last is null ? "not loaded" : $"loaded {last.LoadedAt:u}";
                ready = pending.Count == 0 && last is not null && seed.Error is null;
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
            {
                checks["database"] = "unreachable";
                ready = false;
            }
            return Results.Json(new { status = ready ? "ready" : "not ready", checks }, statusCode: ready ? 200 : 503);
        });
        return app;
    }
}
