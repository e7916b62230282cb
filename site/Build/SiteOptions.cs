namespace Sakip.Site.Build;

/// <summary>What a build needs: the API to ask, the folder to write and the address the site is published at; how many
/// pages to render at once, and whether to render every page even where the previous build's inputs are unchanged; who
/// publishes the portal, how to reach them and the licence of its data, shown on the about page and in every footer.</summary>
public sealed record SiteOptions(Uri Api, string Out, string BaseUrl, int Jobs, bool Full)
{
    public string Publisher { get; init; } = DefaultPublisher;
    public string? Contact { get; init; }
    public string License { get; init; } = DefaultLicense;
    public string LicenseUrl { get; init; } = DefaultLicenseUrl;

    public const string DefaultPublisher = "Pengelola SAKIP Terbuka";
    public const string DefaultLicense = "CC BY 4.0";
    public const string DefaultLicenseUrl = "https://creativecommons.org/licenses/by/4.0/deed.id";

    public static readonly Uri DefaultApi = new("http://127.0.0.1:5080/graphql");
    public const string DefaultOut = "site/out";
    public const string DefaultBaseUrl = "http://127.0.0.1:5080";

    public const string Usage = """
        Builds the SAKIP transparency site from the GraphQL API.

        Usage: dotnet run --project site -- [--api <url>] [--out <folder>] [--base-url <url>] [--jobs <n>] [--full]
                                            [--publisher <name>] [--contact <text>] [--license <name>] [--license-url <url>]

          --api <url>        GraphQL endpoint to read from (default http://127.0.0.1:5080/graphql)
          --out <folder>     where to publish the site (default site/out): a link to a new folder beside it (out.<time>),
                             switched over only when the whole build succeeded and was written; the previous build's
                             folder is kept, older ones are removed
          --base-url <url>   address the site is published at, for Open Graph and sitemap.xml (default http://127.0.0.1:5080)
          --jobs <n>         pages rendered at once (default: the number of processors); the output is the same for any n
          --full             render every page; by default a build into a previous build renders only the pages whose
                             API answers can have changed (their documents' content hashes) and carries the others over
          --publisher <name> who publishes the portal, on the about page and in every footer (default Pengelola SAKIP Terbuka)
          --contact <text>   how to reach the publisher (an e-mail address, a postal address), on the about page (default: none given)
          --license <name>   the licence of the data and text (default CC BY 4.0), on the about page, in every footer and page's metadata
          --license-url <url> the licence's text (default https://creativecommons.org/licenses/by/4.0/deed.id)
          --help             this text
        """;

    /// <summary>Reads the command line; null with a message for anything it does not understand.</summary>
    public static SiteOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        var api = DefaultApi;
        var output = DefaultOut;
        var baseUrl = DefaultBaseUrl;
        var jobs = Environment.ProcessorCount;
        var full = false;
        string publisher = DefaultPublisher, license = DefaultLicense, licenseUrl = DefaultLicenseUrl;
        string? contact = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                error = "";
                return null;
            }
            if (name == "--full")
            {
                full = true;
                continue;
            }
            if (name is not ("--api" or "--out" or "--base-url" or "--jobs" or "--publisher" or "--contact" or "--license" or "--license-url"))
            {
                error = $"Unknown argument '{name}'.";
                return null;
            }
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"{name} needs a value.";
                return null;
            }
            var value = args[++i];
            switch (name)
            {
                case "--api" when !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"):
                    error = $"--api '{value}' is not an http(s) URL.";
                    return null;
                case "--api":
                    api = new Uri(value);
                    break;
                case "--base-url" when !Uri.TryCreate(value, UriKind.Absolute, out var b) || b.Scheme is not ("http" or "https"):
                    error = $"--base-url '{value}' is not an http(s) URL.";
                    return null;
                case "--base-url":
                    baseUrl = value.TrimEnd('/');
                    break;
                case "--jobs" when !int.TryParse(value, out var n) || n is < 1 or > 256:
                    error = $"--jobs '{value}' is not a number from 1 to 256.";
                    return null;
                case "--jobs":
                    jobs = int.Parse(value);
                    break;
                case "--publisher" or "--contact" or "--license" when string.IsNullOrWhiteSpace(value):
                    error = $"{name} needs a value.";
                    return null;
                case "--publisher":
                    publisher = value.Trim();
                    break;
                case "--contact":
                    contact = value.Trim();
                    break;
                case "--license":
                    license = value.Trim();
                    break;
                case "--license-url" when !Uri.TryCreate(value, UriKind.Absolute, out var l) || l.Scheme is not ("http" or "https"):
                    error = $"--license-url '{value}' is not an http(s) URL.";
                    return null;
                case "--license-url":
                    licenseUrl = value;
                    break;
                default:
                    output = value;
                    break;
            }
        }
        return new SiteOptions(api, output, baseUrl, jobs, full) { Publisher = publisher, Contact = contact, License = license, LicenseUrl = licenseUrl };
    }
}
