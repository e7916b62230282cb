using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Sakip.Api.Data;
using Sakip.Api.Health;

namespace Sakip.Api.Hosting;

public static class DatabaseHosting
{
    /// <summary>
    /// Registers the DbContext on the configured server (ConnectionStrings:Sakip, one host or a primary and its
    /// standbys), or starts the embedded cluster first when none is configured.
    /// </summary>
    public static async Task AddSakipDatabaseAsync(this WebApplicationBuilder builder, CancellationToken ct = default)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        Validator.Validate(options);

        var configured = builder.Configuration.GetConnectionString("Sakip");
        DatabaseEndpoint endpoint;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            endpoint = new DatabaseEndpoint(configured, null, ownsEmbedded: false);
        }
        else
        {
            using var loggers = LoggerFactory.Create(b => b.AddConsole());
            var logger = loggers.CreateLogger<EmbeddedPostgres>();
            var dataDirectory = Path.GetFullPath(options.DataDirectory ?? RepositoryPaths.DefaultDataDirectory);
            var embedded = await EmbeddedPostgres.StartAsync(dataDirectory, options.BinDirectory, logger, ct);
            await embedded.EnsureDatabaseAsync(options.Name, ct);
            var owns = ClusterOwnership.TryClaim(embedded.DataDirectory);
            endpoint = new DatabaseEndpoint(embedded.ConnectionString(options.Name), embedded, owns);
            builder.Services.AddHostedService(sp => new EmbeddedPostgresLifetime(endpoint, embedded.DataDirectory));
        }
        // Checked here, so a malformed connection string stops the start with its message rather than the first request.
        DatabaseDataSources.Validate(endpoint.ConnectionString);

        builder.Services.AddSingleton(endpoint);
        // Built on first use, from the options as finally bound; the container disposes the pools when the application stops.
        builder.Services.AddSingleton(services =>
            DatabaseDataSources.Create(endpoint.ConnectionString, services.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DatabaseAvailability>();
        builder.Services.AddSingleton<DatabaseFailureInterceptor>();
        builder.Services.AddSingleton<SqlCommandCounter>();
        // Pooled: a request's context is reset and reused rather than built anew (its options and services are all singletons).
        builder.Services.AddDbContextPool<SakipDbContext>((services, o) =>
            o.UseSakipDatabase(services, services.GetRequiredService<DatabaseDataSources>().Reads));
        builder.Services.AddDatabaseReadiness();
    }

    /// <summary>A DbContext on the primary, for migrations and the seed load (the registered one may read from a standby).</summary>
    public static SakipDbContext CreatePrimaryContext(this IServiceProvider services)
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        options.UseSakipDatabase(services, services.GetRequiredService<DatabaseDataSources>().Primary);
        return new SakipDbContext(options.Options);
    }

    private static DbContextOptionsBuilder UseSakipDatabase(this DbContextOptionsBuilder options, IServiceProvider services, NpgsqlDataSource dataSource) =>
        options.UseSakipNpgsql(dataSource)
            .UseLoggerFactory(services.GetRequiredService<ILoggerFactory>())
            .AddInterceptors(services.GetRequiredService<SqlCommandCounter>(), services.GetRequiredService<DatabaseFailureInterceptor>());

    /// <summary>
    /// The API's configuration on a data source: commands and connections are watched by
    /// <see cref="DatabaseFailureInterceptor"/>, which logs a real failure once and an outage once, so EF Core's own
    /// per-failure error events (each with a stack trace) go to Debug; an operation that met a connection closed by a
    /// server restart runs again once (<see cref="ReconnectingExecutionStrategy"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseSakipNpgsql(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, npgsql => npgsql.CommandTimeout(60).ExecutionStrategy(d => new ReconnectingExecutionStrategy(d)))
            .UseSnakeCaseNamingConvention()
            .ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug)));

    /// <summary>A plain connection string, for tools and tests that open the database themselves.</summary>
    public static DbContextOptionsBuilder UseSakipNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(60)).UseSnakeCaseNamingConvention();

    private static class Validator
    {
        public static void Validate(DatabaseOptions options)
        {
            var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
            if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true))
            {
                throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions),
                    results.Select(r => $"{DatabaseOptions.Section}:{string.Join(',', r.MemberNames)}: {r.ErrorMessage}"));
            }
        }
    }
}

/// <summary>Stops the embedded cluster when the application stops, if this process owns it.</summary>
internal sealed class EmbeddedPostgresLifetime(DatabaseEndpoint endpoint, string dataDirectory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (endpoint is { Embedded: { } embedded, OwnsEmbedded: true })
        {
            await embedded.StopAsync();
            ClusterOwnership.Release(dataDirectory);
        }
    }
}
