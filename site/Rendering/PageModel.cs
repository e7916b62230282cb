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

public sealed record SiteInfo(string BaseUrl)
{
    public static readonly SiteInfo Default = new("http://127.0.0.1:5080");
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + path;
}
