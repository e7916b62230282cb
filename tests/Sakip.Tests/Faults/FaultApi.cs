using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Faults;

/// <summary>
/// The API in memory on a database the test controls, with its log captured. Program reads the connection string
/// from the environment before the factory's configuration applies, so the fault tests run in a collection of their
/// own, never beside another test that sets it.
/// </summary>
public sealed class FaultApi : WebApplicationFactory<Program>
{
    /// <summary>A query that reads the database on every request, loaded or empty: the regions are kept in memory per
    /// release, a connection's count is not.</summary>
    public const string RegionsQuery = "{ regions { code name } indicators(first: 1) { totalCount } }";

    private readonly Dictionary<string, string?> _settings;
    private readonly string? _previous;

    private readonly Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? _services;

    public FaultApi(string connectionString, Dictionary<string, string?>? settings = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        _services = services;
        _previous = Environment.GetEnvironmentVariable("ConnectionStrings__Sakip");
        Environment.SetEnvironmentVariable("ConnectionStrings__Sakip", connectionString);
        _settings = new Dictionary<string, string?> { ["Database:LoadSeed"] = "false" };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
        // Build the host now, while the environment holds this test's connection string.
        _ = Services;
    }

    public CapturedLogs Logs { get; } = new();

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    /// <summary>Posts a query and returns the status, the Retry-After header and the body, whatever they are.</summary>
    public async Task<(HttpStatusCode Status, string? RetryAfter, JsonElement Body)> PostAsync(HttpClient client, string query = RegionsQuery)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Headers.RetryAfter?.ToString(), body);
    }

    /// <summary>/readyz's status and body.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/readyz");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(l => l.AddProvider(Logs));
        if (_services is not null)
        {
            Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(builder, _services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Environment.SetEnvironmentVariable("ConnectionStrings__Sakip", _previous);
    }
}

/// <summary>The fault tests: run alone, after the parallel ones, since each points the API's environment at its own clusters.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection
{
    public const string Name = "faults";
}
