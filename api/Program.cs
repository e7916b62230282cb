using Sakip.Api.Health;
using Sakip.Api.Hosting;

var (command, hostArgs) = Commands.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);
await builder.AddSakipDatabaseAsync();
builder.Services.AddSakipSeeding();

var app = builder.Build();
if (command is not null)
{
    return await app.RunCommandAsync(command);
}

await app.PrepareDatabaseAsync();
app.MapHealthEndpoints();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
