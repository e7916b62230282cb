using Microsoft.Extensions.FileProviders;

namespace Sakip.Api.Hosting;

/// <summary>Serves the generated transparency site (see site/) next to the API when <c>Site:Root</c> names its folder,
/// so one process shows the portal at / and the API at /graphql. Unset, the API serves no files.</summary>
public static class StaticSiteHosting
{
    /// <summary>The page the generator writes for addresses it has no page for.</summary>
    public const string NotFoundPage = "404.html";

    public static WebApplication MapStaticSite(this WebApplication app)
    {
        var root = app.Configuration["Site:Root"];
        if (string.IsNullOrWhiteSpace(root))
        {
            return app;
        }
        var folder = Path.GetFullPath(root);
        if (new FileInfo(folder).LinkTarget is { } target)
        {
            // The generator publishes by pointing a link at its newest build folder; a build folder deleted by hand
            // leaves the link pointing nowhere until the next build, and the API serves no page until then.
            if (!Directory.Exists(folder))
            {
                app.Logger.LogWarning("The site folder {Folder} links to {Target}, which does not exist; pages are served once the generator publishes a build", folder, target);
            }
        }
        else
        {
            // The site may be built after the API starts (run.sh builds it from this API), so the folder may not exist yet.
            Directory.CreateDirectory(folder);
        }
        var files = new WithoutOwnFiles(folder);
        // Routing has already run (WebApplication puts it first), so a request without an endpoint is one for the site:
        // /graphql (and GraphiQL's files), /healthz and /readyz keep their own headers (GraphiQL's page has an inline
        // script the site's policy forbids, and its files a year-long cache lifetime).
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null)
            {
                var headers = context.Response.Headers;
                foreach (var (name, value) in SecurityHeaders.ForSitePages)
                {
                    headers[name] = value;
                }
                // Pages keep their addresses between builds: revalidate each time, the ETag saves the transfer.
                headers.CacheControl = "no-cache";
            }
            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        // A missing page gets the site's own 404 page, in Indonesian, instead of an empty answer the browser replaces.
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (context.GetEndpoint() is null && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && files.GetFileInfo(NotFoundPage) is { Exists: true } page)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength = page.Length;
                if (HttpMethods.IsGet(request.Method))
                {
                    await context.Response.SendFileAsync(page, context.RequestAborted);
                }
                return;
            }
            await next(context);
        });
        app.Logger.LogInformation("Serving the transparency site from {Folder}", folder);
        return app;
    }

    /// <summary>The site's files without the generator's own (.sakip-build.json, .sakip-index/, .sakip-search/): the
    /// physical provider hides a file whose name starts with a dot, but not a file in such a folder. None while the
    /// folder does not exist (a link to a deleted build folder): the physical provider needs its root to exist.</summary>
    private sealed class WithoutOwnFiles(string folder) : IFileProvider
    {
        private PhysicalFileProvider? _files;

        private PhysicalFileProvider? Files => _files ?? (Directory.Exists(folder) ? _files = new PhysicalFileProvider(folder) : null);

        public IFileInfo GetFileInfo(string subpath) =>
            !Own(subpath) && Files is { } files ? files.GetFileInfo(subpath) : new NotFoundFileInfo(subpath);

        public IDirectoryContents GetDirectoryContents(string subpath) =>
            !Own(subpath) && Files is { } files ? files.GetDirectoryContents(subpath) : NotFoundDirectoryContents.Singleton;

        public Microsoft.Extensions.Primitives.IChangeToken Watch(string filter) =>
            Files?.Watch(filter) ?? Microsoft.Extensions.FileProviders.NullChangeToken.Singleton;

        private static bool Own(string subpath) => subpath.Split('/', '\\').Any(part => part.StartsWith('.'));
    }
}
