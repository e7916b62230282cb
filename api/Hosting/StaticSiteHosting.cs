using Microsoft.Extensions.FileProviders;

namespace Sakip.Api.Hosting;

/// <summary>Serves the generated transparency site (see site/) next to the API when <c>Site:Root</c> names its folder,
/// so one process shows the portal at / and the API at /graphql. Unset, the API serves no files.</summary>
public static class StaticSiteHosting
{
    public static WebApplication MapStaticSite(this WebApplication app)
    {
        var root = app.Configuration["Site:Root"];
        if (string.IsNullOrWhiteSpace(root))
        {
            return app;
        }
        var folder = Path.GetFullPath(root);
        // The site may be built after the API starts (run.sh builds it from this API), so the folder may not exist yet.
        Directory.CreateDirectory(folder);
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Pages keep their addresses between builds: revalidate each time, the ETag saves the transfer.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Logger.LogInformation("Serving the transparency site from {Folder}", folder);
        return app;
    }
}
