using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Home;

public sealed class HomeModel : PageModel
{
    public required SiteIndexData Index { get; init; }
    public List<AgencyHeadline> Agencies { get; } = [];
    public List<RegionHeadline> Regions { get; } = [];
    public DataTable Documents { get; private set; } = default!;

    public sealed record AgencyHeadline(IndexRegion Region, IndexAgency Agency, int Year, HeadlineBudget Budget, List<HeadlineIndicator> Iku);
    public sealed record RegionHeadline(IndexRegion Region, int Year, HeadlineSummary Summary);

    public sealed record HeadlineBudget(decimal? ProgramsPagu, decimal? ProgramsRealisation, ComputedPercent Absorption, List<HeadlineBudgetFigure> Figures);
    public sealed record HeadlineBudgetFigure(string Measure, string Published, decimal? Value);
    public sealed record HeadlineIndicator(string Key, string Name, HeadlineCapaian? Capaian);
    public sealed record HeadlineCapaian(string State, decimal? Value, string? Category);
    public sealed record HeadlineSummary(decimal? Terdata, decimal? Tertangani, ComputedPercent Coverage);

    /// <summary>The headline part of an agency's latest AgencyYearPages answer.</summary>
    public sealed record AgencyHeadlineData(HeadlineBudget Budget, List<HeadlineIndicator> Indicators);

    /// <summary>The page from the index and the headlines of every agency's latest year and every region's latest
    /// statistics year (the PPKS summary of its StatisticsPage answer), asked for in the index's order.</summary>
    public static HomeModel Create(SiteIndexData index, Func<IndexRegion, IndexAgency, AgencyHeadlineData> agencyHeadline,
        Func<IndexRegion, HeadlineSummary> regionHeadline)
    {
        var model = new HomeModel
        {
            Index = index,
            Meta = new PageMeta(Paths.Home, "Kinerja dan anggaran perangkat daerah",
                "Rencana aksi, laporan kinerja, anggaran dan statistik kesejahteraan sosial perangkat daerah, langsung dari dokumen SAKIP yang dipublikasikan.",
                []),
        };
        foreach (var (region, agency) in index.Agencies)
        {
            if (agency.Years.Count == 0) continue;
            var data = agencyHeadline(region, agency);
            model.Agencies.Add(new AgencyHeadline(region, agency, agency.Years.Max(), data.Budget, data.Indicators));
        }
        foreach (var region in index.Regions.Where(r => r.StatisticsYears.Count > 0))
            model.Regions.Add(new RegionHeadline(region, region.StatisticsYears.Max(), regionHeadline(region)));
        model.Documents = model.DocumentsTable();
        return model;
    }

    DataTable DocumentsTable()
    {
        var table = Table("dokumen", "Dokumen yang tersedia per tahun")
            .Column("tahun", "Tahun")
            .Column("wilayah", "Pemerintah daerah")
            .Column("perangkat_daerah", "Perangkat daerah")
            .Column("dokumen", "Dokumen")
            .Column("temuan", "Temuan rekonsiliasi", ValueKind.Number);
        var rows = Index.Agencies
            .SelectMany(x => x.Agency.Documents.Select(d => (x.Region, x.Agency, Document: d)))
            .OrderByDescending(x => x.Document.Year).ThenBy(x => x.Region.Code).ThenBy(x => x.Document.Kind);
        foreach (var (region, agency, document) in rows)
            table.Row()
                .Text(document.Year.ToString())
                .Text(region.Name, Paths.Region(region.Code))
                .Text(agency.Name, Paths.Agency(region.Code, agency.Key))
                .Text(document.Title, DocumentPage(region, agency, document))
                .Figure(document.Findings.Count, href: Paths.Document(document.Key));
        table.Note = "Jumlah temuan: selisih antarangka dalam dokumen yang ditemukan oleh rekonsiliasi; rinciannya ada di halaman kualitas data tiap dokumen.";
        return table;
    }

    public static string DocumentPage(IndexRegion region, IndexAgency agency, IndexDocument document) => document.Kind switch
    {
        "RAK" => Paths.Rak(region.Code, agency.Key, document.Year),
        "LKJIP" => Paths.Lkjip(region.Code, agency.Key, document.Year),
        _ => Paths.Document(document.Key),
    };
}
