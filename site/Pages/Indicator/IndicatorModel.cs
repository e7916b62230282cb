using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Pages.DocumentQuality;
using Sakip.Site.Pages.Plan;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Indicator;

/// <summary>One indicator's card and its figures across the years, against the Renstra trajectory.</summary>
public sealed class IndicatorModel : PageModel
{
    public required IndicatorData Indicator { get; init; }
    public required IndexRegion Region { get; init; }
    public required IndexAgency Agency { get; init; }
    public DataTable History { get; private set; } = default!;
    public DataTable Figures { get; private set; } = default!;
    /// <summary>The reconciliation findings on rows this indicator's figures come from, with their addresses.</summary>
    public List<FindingLink> Findings { get; private set; } = [];
    /// <summary>The capaian of the same indicator in other regions beside this one's, when it is found elsewhere.</summary>
    public DataTable? Elsewhere { get; private set; }
    public List<ComparedIndicator> Compared { get; private set; } = [];

    public sealed record IndicatorData(
        string Key, string Name, string? Unit, string Kind, string Polarity, string? Aggregation, string? Definition, string? Formula,
        NodeRef PlanNode, NameRef? ResponsibleUnit, List<OfficialData> ResponsibleOfficials, SourceRef Source,
        List<CapaianData> History, List<MeasuredFigure> Figures);
    public sealed record NodeRef(string Level, string? Code, string Name, string? Goal);
    public sealed record MeasuredFigure(string Measure, int Year, string PeriodKind, int PeriodNo, string State, decimal? Value, string? Grade, string? Published, string? Reason, SourceRef Source)
        : IPublishedFigure
    {
        SourceRef? IPublishedFigure.Source => Source;
    }

    static bool IsRenstra(SourceRef source) =>
        source.Table.Key.Contains("RENSTRA", StringComparison.OrdinalIgnoreCase) || source.Table.Caption.Contains("Renstra", StringComparison.OrdinalIgnoreCase);

    /// <summary>The page from an indicatorPages item of the AgencyPages answer.</summary>
    public static IndicatorModel Create(IndexRegion region, IndexAgency agency, IndexIndicator indicator, IndicatorData data, IReadOnlyList<Pages.DocumentQuality.DocumentData> documents,
        List<ComparedIndicator> elsewhere)
    {
        var model = new IndicatorModel
        {
            Indicator = data,
            Region = region,
            Agency = agency,
            Meta = new PageMeta(Paths.Indicator(region.Code, agency.Key, indicator.Key), data.Name,
                $"Indikator kinerja {agency.Name}: definisi, target, realisasi dan capaian dari tahun ke tahun.",
                Trails.Agency(region.Code, region.Name, agency.Key, agency.Name)),
        };
        model.Build();
        model.BuildElsewhere(elsewhere);
        model.Findings = FindingLinks.Touching(documents,
            data.Figures.Select(f => f.Source).Append(data.Source).Select(FindingLinks.Key).OfType<RowKey>(), FindingLinks.IndicatorKinds);
        return model;
    }

    void Build()
    {
        var percent = Indicator.Unit?.Contains('%') == true;
        var kind = percent ? ValueKind.Percent : ValueKind.Number;
        History = Table("riwayat", "Target, realisasi dan capaian per tahun")
            .Column("tahun", "Tahun")
            .Column("target_renstra", "Target Renstra", kind, published: true)
            .Column("target", "Target tahunan", kind, published: true)
            .Column("realisasi", "Realisasi", kind, published: true)
            .Column("capaian_tercetak", "Capaian tercetak")
            .Column("capaian_dihitung", "Capaian dihitung", ValueKind.Percent)
            .Column("kategori", "Kategori")
            .Column("sumber", "Sumber target");
        var renstra = Indicator.Figures.Where(f => f.Measure == "TARGET" && f.PeriodKind == "YEAR" && IsRenstra(f.Source)).ToList();
        var years = Indicator.History.Select(h => h.Year).Union(renstra.Select(f => f.Year)).Distinct().Order();
        foreach (var year in years)
        {
            var h = Indicator.History.FirstOrDefault(x => x.Year == year);
            var plan = renstra.FirstOrDefault(f => f.Year == year);
            var target = h?.Target is { } t && !IsRenstra(t.Source) ? t : null;
            History.Row()
                .Text(year.ToString())
                .Published(plan, Format.Missing)
                .Published(target, Format.Missing)
                .Published(h?.Realisation, Format.Missing)
                .Text(h?.Reported?.Shown(ValueKind.Percent), title: h?.Reported is { } printed ? Notation.Printed(printed.Published, printed.Source) : null)
                .Figure(h?.Value, h is null || h.State == "COMPUTED" ? null : Labels.CapaianState(h.State))
                .Text(h?.State == "COMPUTED" ? h.Class : null)
                .Source((target ?? h?.Target)?.Source, (target ?? h?.Target)?.Published);
        }
        History.Note = "Target Renstra: lintasan lima tahunan dari tabel Renstra yang dikutip dokumen. Target tahunan: dari dokumen tahun itu. " +
                       "Capaian dihitung ulang dari target dan realisasi tahun itu.";

        var plotted = History.Rows.Count(r => r.Cells[1].Value is not null || r.Cells[2].Value is not null || r.Cells[3].Value is not null);
        if (plotted > 0)
        {
            var latest = Indicator.History.Where(h => h.State == "COMPUTED").MaxBy(h => h.Year);
            Chart(new ChartSpec("grafik-riwayat",
                latest is not null
                    ? $"Realisasi {latest.Year} {WithUnit(latest.Realisation?.Published)} terhadap target {WithUnit(latest.Target?.Published)}: capaian {Format.Percent(latest.Value)}, {latest.Class.ToLowerInvariant()}"
                    : $"Belum ada realisasi yang dilaporkan; grafik menunjukkan target {string.Join(", ", History.Rows.Where(r => r.Cells[2].Value is not null).Select(r => r.Cells[0].Text))}",
                $"Garis target Renstra, target tahunan dan realisasi dari tahun ke tahun. {(Indicator.Polarity == "LOWER_IS_BETTER" ? "Untuk indikator ini makin rendah makin baik." : "Untuk indikator ini makin tinggi makin baik.")}",
                History, "tahun", ["target_renstra", "target", "realisasi"], ChartKind.Line));
        }

        Figures = Table("angka", "Semua angka indikator ini yang tercetak di dokumen")
            .Column("ukuran", "Ukuran")
            .Column("periode", "Periode")
            .Column("angka", "Angka tercetak")
            .Column("nilai", "Nilai", ValueKind.Number)
            .Column("sumber", "Sumber");
        foreach (var f in Indicator.Figures)
            Figures.Row()
                .Text(Measure(f.Measure))
                .Text(f.PeriodKind == "YEAR" ? f.Year.ToString() : $"{Labels.Period(f.PeriodKind, f.PeriodNo)} {f.Year}")
                .Text(f.State == "REPORTED" ? f.Published : Labels.Absent(f.State, f.Reason))
                .Figure(f.Value)
                .Source(f.Source, f.Published);
    }

    /// <summary>This indicator's capaian per year, then the same indicator's in each other region, each linked to its page.</summary>
    void BuildElsewhere(List<ComparedIndicator> others)
    {
        if (others.Count == 0) return;
        Compared = others;
        var regions = others.Select(o => o.RegionCode).Distinct().Count();
        Elsewhere = Table("di-daerah-lain", $"Capaian indikator ini dan indikator bernama sama di {regions} pemerintah daerah lain, per tahun")
            .Column("daerah", "Pemerintah daerah")
            .Column("perangkat_daerah", "Perangkat daerah")
            .Column("tahun", "Tahun")
            .Column("capaian", "Capaian dihitung", ValueKind.Percent)
            .Column("kategori", "Kategori");
        var own = Indicator.History.OrderBy(h => h.Year).ToList();
        if (own.Count == 0) Elsewhere.Row(emphasis: true).Text(Region.Name).Text(Agency.Name + " (halaman ini)").Text(null).Figure(null, "belum ada capaian").Text(null);
        foreach (var h in own)
            Elsewhere.Row(emphasis: true).Text(Region.Name).Text(Agency.Name + " (halaman ini)").Text(h.Year.ToString())
                .Figure(h.Value, h.State == "COMPUTED" ? null : Labels.CapaianState(h.State)).Text(h.State == "COMPUTED" ? h.Class : null);
        foreach (var o in others)
        {
            // Once per indicator, not per year: at national scale the table has thousands of rows.
            var (regionPage, page) = (Paths.Region(o.RegionCode), o.Page);
            if (o.History.Count == 0)
                Elsewhere.Row().Text(o.RegionName, regionPage).Text(o.AgencyName, page).Text(null).Figure(null, "belum ada capaian").Text(null);
            foreach (var h in o.History.OrderBy(h => h.Year))
                Elsewhere.Row().Text(o.RegionName, regionPage).Text(o.AgencyName, page).Text(h.Year.ToString())
                    .Figure(h.Value, h.State == "COMPUTED" ? null : Labels.CapaianState(h.State)).Text(h.State == "COMPUTED" ? h.Kriteria : null);
        }
        Elsewhere.Note = "Indikator dibandingkan bila namanya sama (tanpa membedakan huruf besar dan spasi). Capaian dihitung ulang dengan rumus yang sama " +
                         "di setiap daerah; kategori menurut skala capaian daerahnya masing-masing, dan definisi operasional dapat berbeda antardaerah.";
    }

    string Unit => Indicator.Unit is "%" ? "%" : "";

    /// <summary>A printed figure with its % sign, unless the document printed one already ("100%").</summary>
    string WithUnit(string? published) => published is not null && published.TrimEnd().EndsWith('%') ? published : published + Unit;

    static string Measure(string measure) => measure switch
    {
        "TARGET" => "Target",
        "REALISATION" => "Realisasi",
        "CAPAIAN" => "Capaian tercetak",
        "BASELINE" => "Kondisi awal",
        "END_TARGET" => "Kondisi akhir",
        _ => measure,
    };
}
