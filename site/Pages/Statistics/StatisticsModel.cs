using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Pages.DocumentQuality;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Statistics;

/// <summary>The statistics page of a region-year: PPKS per category with coverage and the printed totals beside the sums,
/// PSKS per type, and social aid per kecamatan. Built in parts: StatisticsPpks.cs, StatisticsPsks.cs, StatisticsAid.cs.</summary>
public sealed partial class StatisticsModel : PageModel
{
    public required StatisticsRegion Region { get; init; }
    public required int Year { get; init; }

    /// <summary>The documents the page's figures come from, for naming and linking them.</summary>
    public List<StatDocument> SourceDocuments { get; private set; } = [];
    /// <summary>The same documents with their original publication (the "Dokumen sumber" block).</summary>
    public List<SourceDocument> Originals { get; private set; } = [];

    /// <summary>The reconciliation findings on rows the page's PPKS, PSKS and aid figures come from, with their addresses;
    /// the cells showing those figures carry their markers.</summary>
    public List<FindingLink> Findings { get; private set; } = [];
    FindingsByRow _all = FindingsByRow.None;
    readonly List<SourceRef> _shown = [];

    /// <summary>The page from a StatisticsPage answer; <paramref name="originals"/> are the region's documents by key, with
    /// their original publication; <paramref name="documents"/> its source documents with their findings (the
    /// StatisticsFindings answer).</summary>
    public static StatisticsModel Create(int year, StatisticsRegion r,
        IReadOnlyList<(int Year, StatisticsRegion Region)> otherYears, IReadOnlyDictionary<string, string> elsewhere,
        IReadOnlyDictionary<string, SourceDocument> originals, IReadOnlyList<IFindingsDocument> documents)
    {
        var model = new StatisticsModel
        {
            Region = r,
            Year = year,
            Meta = new PageMeta(Paths.Statistics(r.Code, year), $"Statistik kesejahteraan sosial {r.Name} {year}",
                $"PPKS terdata dan tertangani dengan cakupan penanganan, PSKS dan penyaluran bantuan sosial per kecamatan {r.Name} tahun {year}, dengan sumber setiap angka.",
                Trails.Region(r.Code, r.Name)),
        };
        model._all = FindingLinks.ByRow(documents);
        model.Build();
        // A document the index does not list (it always should) is named with its original publication unknown, not left out.
        model.Originals = model.SourceDocuments.Select(d => originals.GetValueOrDefault(d.Key)
            ?? new SourceDocument(d.Key, d.Kind, d.Year, $"{Labels.DocumentKind(d.Kind)} {d.Year}", new(null, null, null, null))).ToList();
        model.BuildComparison(otherYears, elsewhere);
        model.Findings = FindingLinks.Touching(documents, model._shown.Select(FindingLinks.Key).OfType<RowKey>(), FindingLinks.StatisticsKinds);
        return model;
    }

    /// <summary>The documents a region-year's statistics come from, whose findings the page flags.</summary>
    public static IEnumerable<StatDocument> SourceDocumentsOf(StatisticsRegion region) =>
        Sources(region).Select(s => s.Table.Document).DistinctBy(d => d.Key);

    /// <summary>The markers of shown figures: the findings on the rows they come from (one marker per finding, so a cell
    /// standing for a printed row of several figures carries each once).</summary>
    List<CellFlag> Flags(params StatFigure?[] figures)
    {
        var sources = figures.OfType<StatFigure>().Select(f => f.Source.Ref).ToList();
        _shown.AddRange(sources);
        return sources.SelectMany(s => _all.On(s, FindingLinks.StatisticsKinds)).DistinctBy(f => f.Href).ToList();
    }

    void Build()
    {
        SourceDocuments = AllSources().Select(s => s.Table.Document).DistinctBy(d => d.Key).OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
        BuildPpks();
        BuildPsks();
        BuildAid();
        BuildSections();
    }

    /// <summary>The page's sections, for its contents list; the page's headings take their ids and titles from here.</summary>
    void BuildSections()
    {
        Section("bagian-cakupan", "Cakupan penanganan PPKS");
        if (Ppks is not null) Section("bagian-ppks", "PPKS per kategori");
        Section("bagian-psks", "Potensi dan sumber kesejahteraan sosial (PSKS)");
        if (Aid.Count == 0) Section("bagian-bantuan", "Penyaluran bantuan sosial per kecamatan");
        for (var i = 0; i < Aid.Count; i++) Section($"bagian-bantuan-{i + 1}", $"Penyaluran bantuan sosial per kecamatan: {Aid[i].Agency.Name}");
    }

    public PageSection SectionNamed(string id) => Sections.Single(s => s.Id == id);

    IEnumerable<StatSource> AllSources() => Sources(Region);

    static IEnumerable<StatSource> Sources(StatisticsRegion region) =>
        region.Ppks.SelectMany(p => new[] { p.Terdata, p.Tertangani, p.Mandiri })
            .Concat(region.Psks.SelectMany(p => new[] { p.Count, p.Certified }))
            .Concat(region.Agencies.SelectMany(a => a.AidDistribution).SelectMany(a => new[] { a.Recipients, a.Delivered, a.Undelivered, a.Amount }))
            .OfType<StatFigure>().Select(f => f.Source)
            .Concat(region.PpksSummary.StatedTotals.Select(t => t.Source));

    /// <summary>Where a figure is printed: its table and page, the transcript detail one click away; the document is
    /// named when the page draws on more than one.</summary>
    IReadOnlyList<Citation> Source(StatSource? source, string? measure = null) =>
        source is null ? [] : [Citation.Of(source.Ref, measure: measure, document: SourceDocuments.Count > 1 ? source.Table.Document.Short : null)];

    /// <summary>The sources of a row's figures: one when they share a row, else each with the measures it gives.</summary>
    IReadOnlyList<Citation> Sources(params (string Measure, StatFigure? Figure)[] figures)
    {
        var given = figures.Where(f => f.Figure is not null).Select(f => (f.Measure, f.Figure!.Source)).ToList();
        var rows = given.GroupBy(g => g.Source).ToList();
        return rows.Count == 1 ? Source(rows[0].Key)
            : rows.SelectMany(g => Source(g.Key, string.Join(" dan ", g.Select(x => x.Measure)))).ToList();
    }

    /// <summary>A printed figure for a table cell: its number (shown in the column's Indonesian notation, so "1694" and
    /// "51.729" read alike; a printed "-" stays "-"), or its text as printed or why there is none when it is no number.</summary>
    static (decimal? Value, string? Shown) Printed(StatFigure? figure, string missing = "tidak dilaporkan") =>
        figure is null ? (null, missing) : figure is { Reported: true, Value: { } value } ? (value, figure.Shown.Trim() == "-" ? "-" : null) : (null, figure.Shown);

    static decimal? Reported(StatFigure? figure) => figure is { Reported: true } f ? f.Value : null;

    static decimal? Share(decimal? part, decimal? whole) => part is { } p && whole is { } w && w != 0 ? p / w * 100 : null;
}
