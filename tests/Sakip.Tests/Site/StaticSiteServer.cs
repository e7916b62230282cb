using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Site;

/// <summary>A folder served as a static web site by Kestrel on a free loopback port, the way the shipped nginx publishes
/// the generator's output: folder paths answer with their index.html, every answer carries the site's security headers
/// (<see cref="SecurityHeaders.ForSitePages"/>, so the browser tests hold the pages to the production policy), and a
/// missing address answers 404 with the generated 404.html.</summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server's address, such as http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Address { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = folder,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var files = new PhysicalFileProvider(folder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".json"] = "application/json";
        types.Mappings[".csv"] = "text/csv; charset=utf-8";
        types.Mappings[".xml"] = "application/xml";
        types.Mappings[".md"] = "text/markdown; charset=utf-8";
        app.Use((context, next) =>
        {
            foreach (var (name, value) in SecurityHeaders.ForSitePages) context.Response.Headers[name] = value;
            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        // nginx's error_page 404 /404.html: the page at the root answers every missing address, with its status.
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
