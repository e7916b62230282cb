using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Tests.Infrastructure;

/// <summary>The API in memory, on the test run's database, with optional configuration overrides.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ApiFactory(DatabaseFixture fixture, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
        : this(fixture.ConnectionString, settings, services)
    {
    }

    /// <summary>The API on another database of the run's cluster (a <see cref="ScratchDatabase"/>).</summary>
    public ApiFactory(string connectionString, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        // Program reads the connection string before the factory's own configuration applies, so pass it in the
        // environment, as an operator would.
        Environment.SetEnvironmentVariable("ConnectionStrings__Sakip", connectionString);
        _settings = new Dictionary<string, string?>(settings ?? []);
        // A start that loads the seed loads the named test documents, never what the installation's seed/ holds.
        _settings.TryAdd("Database:SeedDirectory", TestSeed.Folder);
    }

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
