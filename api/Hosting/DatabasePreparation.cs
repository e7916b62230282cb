using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Api.Data;
using Sakip.Api.Seeding;

namespace Sakip.Api.Hosting;

/// <summary>The configured database does not answer; the message says which one and why.</summary>
public sealed class DatabaseUnreachableException(string message, Exception inner) : Exception(message, inner);

public static class DatabasePreparation
{
    /// <summary>Stops the embedded cluster when this process owns it (the host's own shutdown does so once it ran).</summary>
    public static async Task StopEmbeddedDatabaseAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<DatabaseEndpoint>() is { Embedded: { } embedded, OwnsEmbedded: true })
        {
            await embedded.StopAsync();
        }
    }

    public static IServiceCollection AddSakipSeeding(this IServiceCollection services) =>
        services.AddSingleton<SeedStatus>().AddScoped<SeedLoader>();

    /// <summary>
    /// Applies migrations, then loads the seed folder when it changed since the last load; both on the primary, since
    /// the registered DbContext may read from a standby. An unreachable standby does not stop the start.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool logSeedErrors = true, bool forceSeed = false, CancellationToken ct = default)
    {
        try
        {
            await PrepareAsync(app, logSeedErrors, forceSeed, ct);
        }
        finally
        {
            app.Services.GetRequiredService<DatabaseDataSources>().ReleaseIdlePrimaryConnections();
        }
    }

    private static async Task PrepareAsync(WebApplication app, bool logSeedErrors, bool forceSeed, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.CreatePrimaryContext();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        // The seed folder's stamps need no database: they are taken while the model is built and the migrations checked.
        // Files are named relative to the seed folder's parent, as a data officer sees them: seed/KEY/T1.3.csv.
        var seedDirectory = Path.GetFullPath(options.SeedDirectory ?? RepositoryPaths.DefaultSeedDirectory);
        var namesRoot = Path.GetDirectoryName(seedDirectory) ?? seedDirectory;
        var survey = options.LoadSeed ? SeedSurvey.Start(seedDirectory, namesRoot) : null;
        try
        {
            // EF Core reads the history table before creating it and logs that first read as a failed command;
            // creating it here (as EF would) keeps a fresh start's log free of false errors.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS \"__EFMigrationsHistory\" (migration_id character varying(150) NOT NULL, "
                + "product_version character varying(32) NOT NULL, CONSTRAINT pk___ef_migrations_history PRIMARY KEY (migration_id))", ct);
            // Migrate also compares the model with the migrations' snapshot, a few tenths of a second on every start: only when one is pending.
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                await db.Database.MigrateAsync(ct);
            }
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException and not Npgsql.PostgresException or System.Net.Sockets.SocketException
            or TimeoutException || DatabaseFaults.IsUnavailable(e))
        {
            var target = scope.ServiceProvider.GetRequiredService<DatabaseDataSources>();
            throw new DatabaseUnreachableException(
                $"Cannot reach the database {target.Database} at {target.Servers}{(target.Hosts.Count > 1 ? " (its primary migrates and loads the seed)" : "")}: "
                + $"{DatabaseFaults.Reason(e)}. "
                + "Check ConnectionStrings__Sakip, or unset it to use the embedded PostgreSQL.", e);
        }
        if (survey is null)
        {
            return;
        }
        var status = scope.ServiceProvider.GetRequiredService<SeedStatus>();
        try
        {
            status.Result = await ActivatorUtilities.CreateInstance<SeedLoader>(scope.ServiceProvider, db)
                .LoadAsync(await survey, namesRoot, forceSeed, ct);
        }
        catch (SeedValidationException e)
        {
            // Keep serving what the database holds; /readyz reports the broken seed until a load succeeds.
            status.Failed(e.Message, await LastLoadAsync(db));
            if (logSeedErrors)
            {
                app.Logger.LogError("The seed was not loaded: {Error}", e.Message);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever failed, the load's transaction is gone with it: the database holds what it held. The reason is
            // said in one line; the stack trace is for a developer's debug log only.
            status.Failed($"The seed was not loaded, nothing changed: {DatabaseFaults.Reason(e)}", await LastLoadAsync(db));
            app.Logger.LogError("The seed was not loaded, nothing changed: {Reason}", DatabaseFaults.Reason(e));
            app.Logger.LogDebug(e, "The seed load failed");
        }
    }

    /// <summary>The id of the last successful load (0: none); the failed load's transaction is rolled back by then.</summary>
    private static async Task<long> LastLoadAsync(SakipDbContext db)
    {
        try
        {
            return await db.SeedLoads.AsNoTracking().MaxAsync(l => (int?)l.Id) ?? 0;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return long.MaxValue; // unknown: only a restart clears the error
        }
    }
}
