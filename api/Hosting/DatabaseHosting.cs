using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sakip.Api.Data;

namespace Sakip.Api.Hosting;

public static class DatabaseHosting
{
    /// <summary>
    /// Registers the DbContext on the configured server (ConnectionStrings:Sakip), or starts the embedded cluster
    /// first when none is configured.
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

        builder.Services.AddSingleton(endpoint);
        builder.Services.AddSingleton<SqlCommandCounter>();
        builder.Services.AddDbContext<SakipDbContext>((services, o) => o.UseSakipNpgsql(endpoint.ConnectionString)
            .AddInterceptors(services.GetRequiredService<SqlCommandCounter>()));
    }

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
