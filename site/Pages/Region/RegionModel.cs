using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Pages.Plan;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Region;

/// <summary>A region's page: its agencies, their documents by year, its statistics years and its capaian scale.</summary>
public sealed class RegionModel : PageModel
{
    public required RegionData Data { get; init; }
    public DataTable Agencies { get; private set; } = default!;
    public DataTable Documents { get; private set; } = default!;
    public DataTable Scale { get; private set; } = default!;

    public sealed record Response(RegionData? Region);
    public sealed record RegionData(string Code, string Name, string Province, List<int> StatisticsYears, ScaleData CapaianScale, List<AgencyData> Agencies);
    public sealed record AgencyData(string Key, string Name, List<int> Years, List<DocumentData> Documents);
    public sealed record DocumentData(string Key, string Kind, int Year, string Title, DateOnly? PublishedOn, List<FindingKindData> Findings);
    public sealed record FindingKindData(string Kind);

    /// <summary>The page from a RegionPage answer.</summary>
    public static RegionModel Create(RegionData r)
    {
        var model = new RegionModel
        {
            Data = r,
            Meta = new PageMeta(Paths.Region(r.Code), r.Name,
                $"Perangkat daerah, dokumen SAKIP per tahun, statistik kesejahteraan sosial dan skala kategori capaian {r.Name}, {r.Province}.",
                [new Crumb("Beranda", Paths.Home)]),
        };
        model.Build();
        return model;
    }

    void Build()
    {
        Agencies = Table("perangkat-daerah", $"Perangkat daerah {Data.Name} dengan dokumen yang dipublikasikan")
            .Column("perangkat_daerah", "Perangkat daerah")
            .Column("tahun", "Tahun dokumen")
            .Column("dokumen", "Dokumen", ValueKind.Number);
        foreach (var agency in Data.Agencies)
            Agencies.Row()
                .Text(agency.Name, Paths.Agency(Data.Code, agency.Key))
                .Text(string.Join(", ", agency.Years.Order()))
                .Figure(agency.Documents.Count);

        Documents = Table("dokumen-per-tahun", $"Dokumen SAKIP {Data.Name} per tahun")
            .Column("dokumen", "Dokumen")
            .Column("tahun", "Tahun")
            .Column("jenis", "Jenis")
            .Column("perangkat_daerah", "Perangkat daerah")
            .Column("tanggal", "Tanggal")
            .Column("temuan", "Temuan rekonsiliasi (kualitas data)", ValueKind.Number);
        var documents = Data.Agencies.SelectMany(a => a.Documents.Select(d => (Agency: a, Document: d)))
            .OrderByDescending(x => x.Document.Year).ThenBy(x => x.Agency.Name, StringComparer.Ordinal).ThenBy(x => x.Document.Kind, StringComparer.Ordinal);
        foreach (var (agency, document) in documents)
            Documents.Row()
                .Text(document.Title, DocumentPage(agency, document))
                .Text(document.Year.ToString())
                .Text(Labels.DocumentShort(document.Kind))
                .Text(agency.Name, Paths.Agency(Data.Code, agency.Key))
                .Text(document.PublishedOn is null ? "tidak tercetak" : Format.Date(document.PublishedOn))
                .Figure(document.Findings.Count, $"{document.Findings.Count} temuan", href: Paths.Document(document.Key));
        Documents.Note = "Judul dokumen menuju halaman isinya; jumlah temuan menuju halaman kualitas datanya: selisih antarangka dalam dokumen, ditampilkan dan tidak diperbaiki.";

        var s = Data.CapaianScale;
        Scale = Table("skala-capaian", $"Skala kategori capaian {Data.Name}: {s.Name}")
            .Column("kategori", "Kategori")
            .Column("dari", "Capaian terendah (%)", ValueKind.Number)
            .Column("rentang", "Rentang capaian");
        foreach (var (c, range) in s.Ranges())
            Scale.Row().Text(c.Label).Figure(c.From, c.From is null ? "tidak ada batas bawah" : null).Text(range);
        Scale.Note = $"Sumber skala: {s.Source}." + (s.Cap is { } cap
            ? $" Batas capaian daerah {Format.Number(cap)}%: capaian yang lebih tinggi dilaporkan {Format.Number(cap)}%, kelasnya dari capaian sebelum dibatasi."
            : "");
    }

    /// <summary>The page of a document's contents: the RAK or LKjIP page, or its data-quality page for other kinds.</summary>
    string DocumentPage(AgencyData agency, DocumentData document) => document.Kind switch
    {
        "RAK" => Paths.Rak(Data.Code, agency.Key, document.Year),
        "LKJIP" => Paths.Lkjip(Data.Code, agency.Key, document.Year),
        _ => Paths.Document(document.Key),
    };
}
