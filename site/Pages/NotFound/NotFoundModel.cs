using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.NotFound;

/// <summary>The page a web server answers a missing address with (status 404). It is served at whatever depth the
/// missing address has, so every link on it is absolute from /; it needs nothing from the API.</summary>
public sealed class NotFoundModel : PageModel
{
    /// <summary>Its file at the root of the output, where nginx's <c>error_page 404 /404.html</c> finds it.</summary>
    public const string File = "404.html";

    public static NotFoundModel Create(SiteInfo site) => new()
    {
        Meta = new PageMeta("/" + File, "Halaman tidak ditemukan",
            "Alamat yang dibuka tidak ada di portal SAKIP Terbuka.", [])
        {
            Listed = false,
        },
        Site = site,
    };
}
