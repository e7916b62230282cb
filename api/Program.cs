using Sakip.Api.GraphQL;
using Sakip.Api.Health;
using Sakip.Api.Hosting;

if (WorkbookCommands.TryRun(args) is { } workbookExit)
{
    return workbookExit;
}
var (command, force, check, paths, hostArgs) = Commands.Parse(args);
var builder = WebApplication.CreateBuilder(hostArgs);
if (command == "schema")
{
    Console.Write(SchemaPrinting.PrintSdl(builder.Environment));
    return 0;
}
try
{
    await builder.AddSakipDatabaseAsync();
}
catch (EmbeddedPostgresException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    Console.Error.WriteLine($"Invalid configuration: {e.Message}");
    return 2;
}
builder.Services.AddSakipSeeding();
builder.Services.AddSakipGraphQL(builder.Environment);
builder.Services.AddTrustedProxies();
builder.Services.AddGraphQLCors();
builder.Services.AddNoServerHeader();

var app = builder.Build();
var serving = false;
try
{
    if (command is not null)
    {
        return await app.RunCommandAsync(command, force, check: check, paths: paths);
    }
    await app.PrepareDatabaseAsync();
    serving = true;
}
catch (DatabaseUnreachableException e)
{
    app.Logger.LogCritical("{Error}", e.Message);
    return 2;
}
catch (Exception e) when (command is not null && e is not OperationCanceledException)
{
    // A command's user (a data officer running seed) gets the reason in one line, never a stack trace.
    Console.Error.WriteLine($"The {command} command failed, nothing changed: {DatabaseFaults.Reason(e)}");
    return 1;
}
finally
{
    if (!serving)
    {
        await app.StopEmbeddedDatabaseAsync();
        // Disposing the host flushes the console logger's queue, so a command's last lines are written before it exits.
        await app.DisposeAsync();
    }
}

try
{
    app.UseTrustedProxies();
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    Console.Error.WriteLine($"Invalid configuration: {e.Message}");
    await app.StopEmbeddedDatabaseAsync();
    return 2;
}
app.UseGraphQLCors();
app.MapStaticSite();
app.MapHealthEndpoints();
app.WithGraphQLCors().MapGraphQLEndpoint();
app.MapGraphiQLAssets();
app.MapAnalystGuides();
app.MapBenchmarkCeiling();
var database = app.Services.GetRequiredService<DatabaseEndpoint>(); // RunAsync disposes the services
try
{
    await app.RunAsync();
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    Console.Error.WriteLine($"Invalid configuration: {e.Message}");
    if (database is { Embedded: { } embedded, OwnsEmbedded: true })
    {
        await embedded.StopAsync();
    }
    return 2;
}
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
