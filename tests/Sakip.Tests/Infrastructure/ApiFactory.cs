using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sakip.Tests.Infrastructure;

/// <summary>The API in memory, on the test run's database.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public ApiFactory(DatabaseFixture fixture)
    {
        // Program reads the connection string before the factory's own configuration applies, so pass it in the
        // environment, as an operator would.
        Environment.SetEnvironmentVariable("ConnectionStrings__Sakip", fixture.ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Production");
}
