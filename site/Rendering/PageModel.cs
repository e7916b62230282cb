namespace Sakip.Site.Rendering;

/// <summary>What every page has: its address and title, its tables (offered as CSV and JSON) and its charts.</summary>
public abstract class PageModel
{
    public required PageMeta Meta { get; init; }

    /// <summary>Where the site is published, for Open Graph and the sitemap; set by the builder.</summary>
    public SiteInfo Site { get; set; } = SiteInfo.Default;

    public List<DataTable> Tables { get; } = [];
    public List<ChartSpec> Charts { get; } = [];

    protected DataTable Table(string id, string caption)
    {
        var table = new DataTable(id, caption);
        Tables.Add(table);
        return table;
    }

    protected ChartSpec Chart(ChartSpec chart)
    {
        Charts.Add(chart);
        return chart;
    }

    public ChartSpec? ChartOn(DataTable table) => Charts.FirstOrDefault(c => c.Table == table);

    /// <summary>The page's sections in order, listed as its contents at the top (the layout shows the list when a page
    /// has several); a page renders each section's heading with <see cref="PageSection.Id"/> as its id.</summary>
    public List<PageSection> Sections { get; } = [];

    protected PageSection Section(string id, string title)
    {
        var section = new PageSection(id, title);
        Sections.Add(section);
        return section;
    }

    /// <summary>Files the page has beside its HTML and downloads (a search index), by name in the page's folder.</summary>
    public virtual IEnumerable<(string Name, byte[] Bytes)> Files() => [];
}

/// <summary>A section of a page: the id of its heading (the contents link's target) and its title.</summary>
public sealed record PageSection(string Id, string Title);

/// <summary>A page's permalink (a folder path ending in '/'), title, description and breadcrumb trail.</summary>
public sealed record PageMeta(string Path, string Title, string Description, IReadOnlyList<Crumb> Trail)
{
    /// <summary>False for a page with no address of its own (the 404 page): no canonical link, permalink or Open Graph
    /// address, and search engines are asked not to index it.</summary>
    public bool Listed { get; init; } = true;
}

public sealed record Crumb(string Title, string Path);

/// <summary>Where the site is published, who publishes it under which licence, and the release the build read.</summary>
public sealed record SiteInfo(string BaseUrl)
{
    public static readonly SiteInfo Default = new("http://127.0.0.1:5080");
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + path;

    public string Publisher { get; init; } = Build.SiteOptions.DefaultPublisher;
    public string? Contact { get; init; }
    public string License { get; init; } = Build.SiteOptions.DefaultLicense;
    public string LicenseUrl { get; init; } = Build.SiteOptions.DefaultLicenseUrl;
    public ReleaseInfo? Release { get; init; }

    public static SiteInfo From(Build.SiteOptions options, ReleaseInfo? release) => new(options.BaseUrl)
    {
        Publisher = options.Publisher, Contact = options.Contact, License = options.License, LicenseUrl = options.LicenseUrl, Release = release,
    };
}

/// <summary>A load of the database (the API's <c>release</c>): its id, a hash of the data, and when it was loaded (UTC).</summary>
public sealed record ReleaseInfo(string Id, DateTimeOffset LoadedAt)
{
    public string ShortId => Id.Length > 16 ? Id[..16] : Id;

    /// <summary>"4 Desember 2026 pukul 19.20 UTC".</summary>
    public string Time => $"{Format.Date(DateOnly.FromDateTime(LoadedAt.UtcDateTime))} pukul {LoadedAt.UtcDateTime.ToString("HH.mm", System.Globalization.CultureInfo.InvariantCulture)} UTC";
}
