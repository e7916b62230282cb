namespace Sakip.Api.Hosting;

/// <summary>
/// The response headers every page of the transparency site is served with, by the API (Site:Root) and by the
/// shipped nginx (deploy/nginx.conf repeats them; a test keeps both equal). One place so the browser test checks the
/// pages against the policy production sends.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts and styles only from the site itself, plus Chart.js from jsDelivr (loaded with an SRI hash, falling back
    /// to the same-origin copy); no inline script or style attribute; no framing.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' https://cdn.jsdelivr.net; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>Header name and value pairs, in the order nginx lists them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForSitePages { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", ReferrerPolicy),
        new("X-Frame-Options", "DENY"),
    ];
}
