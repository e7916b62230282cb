using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Pages.DocumentQuality;
using Sakip.Site.Pages.Plan;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Lkjip;

/// <summary>The LKjIP page of an agency-year: capaian per indicator and official, budget realisation and absorption.</summary>
public sealed class LkjipModel : PageModel
{
    public required LkjipAgency Agency { get; init; }
    public required int Year { get; init; }
    public Plan.DocumentData? Document => Agency.Documents.FirstOrDefault();
    /// <summary>The page's documents with their original publication (the "Dokumen sumber" block).</summary>
    public List<SourceDocument> SourceDocuments { get; private init; } = [];
    /// <summary>The reconciliation findings on rows the page's indicator and budget figures come from, with their addresses.</summary>
    public List<FindingLink> Findings { get; private set; } = [];
    FindingsByRow _all = FindingsByRow.None;
    public List<(PlanIndicatorData Indicator, PlanNodeData Node)> Indicators { get; private set; } = [];
    public List<(PlanIndicatorData Indicator, PlanNodeData Node)> Computed { get; private set; } = [];
    public DataTable Capaian { get; private set; } = default!;
    public DataTable PerOfficial { get; private set; } = default!;
    public DataTable Budget { get; private set; } = default!;
    public PageSection CapaianSection { get; } = new("bagian-capaian", "Capaian kinerja");
    public PageSection OfficialSection { get; } = new("bagian-pejabat", "Capaian per pejabat penanggung jawab");
    public PageSection BudgetSection { get; } = new("bagian-anggaran", "Realisasi dan penyerapan anggaran");

    public sealed record LkjipAgency(string Name, string Key, RegionScale Region, List<Plan.DocumentData> Documents, AgencyBudgetData? Budget, List<PlanNodeData> PlanNodes);
    public sealed record RegionScale(string Code, string Name, ScaleData CapaianScale);

    /// <summary>The page from the lkjip part of an AgencyYearPages answer;
    /// <paramref name="documents"/> are the agency's documents with their findings (the AgencyPages answer's documentPages).</summary>
    public static LkjipModel Create(IndexRegion region, IndexAgency agency, int year, LkjipAgency a, IReadOnlyList<DocumentQuality.DocumentData> documents)
    {
        var model = new LkjipModel
        {
            Agency = a,
            Year = year,
            SourceDocuments = agency.SourceDocuments(a.Documents.Select(d => d.Key)),
            Meta = new PageMeta(Paths.Lkjip(region.Code, agency.Key, year), $"Laporan Kinerja {year}: {a.Name}",
                $"Target, realisasi dan capaian setiap indikator kinerja {a.Name} tahun {year} dengan kategorinya, serta realisasi dan penyerapan anggaran per program.",
                Trails.Agency(region.Code, region.Name, agency.Key, a.Name)),
        };
        model.Sections.AddRange([model.CapaianSection, model.OfficialSection, model.BudgetSection]);
        model._all = FindingLinks.ByRow(documents);
        model.Build(region.Code);
        model.Findings = FindingLinks.Touching(documents,
            (model.Indicators.Select(x => x.Indicator.Capaian!).SelectMany(c => new[] { c.Target, c.Realisation, c.Reported }).Rows(), FindingLinks.IndicatorKinds),
            (a.PlanNodes.Select(n => n.Budget).OfType<NodeBudgetData>().SelectMany(b => new[] { b.Pagu, b.Realisation }).Rows(), FindingLinks.BudgetKinds));
        return model;
    }

    void Build(string regionCode)
    {
        var ordered = PlanTree.Ordered(Agency.PlanNodes);
        Indicators = ordered.SelectMany(n => n.Node.Indicators.Where(i => i.Capaian is not null).Select(i => (i, n.Node))).ToList();
        Computed = Indicators.Where(x => x.Indicator.Capaian!.State == "COMPUTED").ToList();

        Capaian = Table("capaian", $"Target, realisasi dan capaian indikator kinerja {Year}")
            .Column("indikator", "Indikator")
            .Column("jenis", "Jenis")
            .Column("penanggung_jawab", "Penanggung jawab")
            .Column("satuan", "Satuan")
            .Column("target", "Target", ValueKind.Number, description: FigureColumns.Describe("Target"))
            .Column("realisasi", "Realisasi", ValueKind.Number, description: FigureColumns.Describe("Realisasi"))
            .Column("capaian_tercetak", "Capaian tercetak", ValueKind.Percent, published: true)
            .Column("capaian_dihitung", "Capaian dihitung", ValueKind.Percent)
            .Column("kategori", "Kategori")
            .Column("perhitungan", "Perhitungan")
            .Column("sumber", "Sumber");
        foreach (var (indicator, _) in Indicators)
        {
            var c = indicator.Capaian!;
            // Target, realisation and printed capaian often share one printed row: the row's markers are on its indicator.
            Capaian.Row()
                .Text(indicator.Name, Paths.Indicator(regionCode, Agency.Key, indicator.Key))
                .Flag(new[] { c.Target, c.Realisation, c.Reported }.SelectMany(f => _all.On(f?.Source, FindingLinks.IndicatorKinds)).DistinctBy(f => f.Href).ToList())
                .Text(indicator.Kind)
                .Text(Officials(indicator))
                .Text(indicator.Unit)
                .Figure(FigureColumns.Value(c.Target), c.Target?.Shown(Notation.OfUnit(indicator.Unit, c.Target.Published)) ?? Format.Missing, Printed(c.Target))
                .Figure(FigureColumns.Value(c.Realisation), c.Realisation?.Shown(Notation.OfUnit(indicator.Unit, c.Realisation.Published)) ?? "tidak dilaporkan", Printed(c.Realisation))
                .Figure(FigureColumns.Value(c.Reported), c.Reported?.Shown(ValueKind.Percent) ?? Format.Missing, Printed(c.Reported))
                .Figure(c.Value, c.State == "COMPUTED" ? null : Labels.CapaianState(c.State))
                .Text(c.State == "COMPUTED" ? c.Class : null)
                .Text(c.Trace)
                .Source(c.Target?.Source, c.Target?.Published);
        }
        Capaian.Note = $"Capaian dihitung ulang dengan rumus pada halaman Metode dan dikategorikan menurut skala {Agency.Region.CapaianScale.Name}. " +
                       "Target, realisasi dan capaian tercetak ditulis dalam notasi Indonesia dari angka dokumen (teks tercetaknya muncul saat kursor diarahkan ke angka); sel yang tidak diisi dokumen ditulis “tidak dilaporkan”.";

        var chartTable = Table("grafik-capaian-indikator", $"Capaian dihitung per indikator {Year}")
            .Column("indikator", "Indikator")
            .Column("capaian", "Capaian dihitung", ValueKind.Percent)
            .Column("kategori", "Kategori");
        foreach (var (indicator, _) in Computed.OrderBy(x => x.Indicator.Capaian!.Value))
            chartTable.Row().Text(indicator.Name).Figure(indicator.Capaian!.Value).Text(indicator.Capaian.Class);
        if (Computed.Count > 0)
        {
            var lowest = Computed.MinBy(x => x.Indicator.Capaian!.Value)!.Indicator;
            // The top and bottom halves of the region's scale: tinggi or sangat tinggi on Permendagri's five, the first class of three.
            var (highClasses, lowClasses) = Agency.Region.CapaianScale.Halves();
            var high = Computed.Count(x => highClasses.Contains(x.Indicator.Capaian!.Kriteria ?? "", StringComparer.OrdinalIgnoreCase));
            var low = Computed.Count(x => lowClasses.Contains(x.Indicator.Capaian!.Kriteria ?? "", StringComparer.OrdinalIgnoreCase));
            Chart(new ChartSpec("grafik-capaian",
                $"{high} dari {Computed.Count} indikator berkategori {Either(highClasses)}; terendah {lowest.Name} ({Format.Percent(lowest.Capaian!.Value)})",
                $"{low} indikator berkategori {Either(lowClasses)}. {Indicators.Count - Computed.Count} indikator lain tidak dapat dihitung karena realisasinya tidak dilaporkan atau bukan angka.",
                chartTable, "indikator", ["capaian"], ChartKind.HorizontalBar)
            {
                Order = ChartOrder.Ascending,
                Target = new ChartTarget(100, "Target 100%"),
                ClassColumn = "kategori",
                Classes = Agency.Region.CapaianScale.Classes.Select(c => c.Label).ToList(),
            });
        }

        BuildPerOfficial();
        BuildBudget(ordered);
    }

    static string? Printed(PeriodFigure? figure) => figure is null ? null : Notation.Printed(figure.Published, figure.Source);

    static string Either(IReadOnlyList<string> labels) => string.Join(" atau ", labels.Select(l => l.ToLowerInvariant()));

    static string Officials(PlanIndicatorData indicator) =>
        indicator.ResponsibleOfficials is { Count: > 0 } o ? string.Join("; ", o.Select(x => x.Position + (x.Name is null ? "" : " (" + x.Name + ")"))) : Format.Missing;

    void BuildPerOfficial()
    {
        PerOfficial = Table("capaian-per-pejabat", $"Capaian {Year} per pejabat penanggung jawab")
            .Column("uraian", "Pejabat / indikator")
            .Column("indikator", "Indikator", ValueKind.Number)
            .Column("dihitung", "Capaian dihitung", ValueKind.Percent)
            .Column("kategori", "Kategori");
        var groups = Indicators.GroupBy(x => Officials(x.Indicator)).OrderBy(g => g.Key == Format.Missing).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var categories = group.Where(x => x.Indicator.Capaian!.State == "COMPUTED")
                .GroupBy(x => x.Indicator.Capaian!.Label.ToLowerInvariant())
                .Select(g => $"{g.Count()} {g.Key}");
            PerOfficial.Row(emphasis: true)
                .Text(group.Key == Format.Missing ? "Tanpa pejabat penanggung jawab tercatat" : group.Key)
                .Figure(group.Count())
                .Figure(null, "")
                .Text(string.Join(", ", categories) is { Length: > 0 } s ? s : "tidak ada capaian terhitung");
            foreach (var (indicator, _) in group)
                PerOfficial.Row(1)
                    .Text(indicator.Name)
                    .Figure(null, "")
                    .Figure(indicator.Capaian!.Value, indicator.Capaian.State == "COMPUTED" ? null : Labels.CapaianState(indicator.Capaian.State))
                    .Text(indicator.Capaian.State == "COMPUTED" ? indicator.Capaian.Class : null);
        }
    }

    void BuildBudget(List<(PlanNodeData Node, int Depth)> ordered)
    {
        var nodes = ordered.Where(n => n.Node.Level is "PROGRAM" or "KEGIATAN" or "SUB_KEGIATAN" && n.Node.Budget is not null).ToList();
        var top = nodes.Select(n => n.Depth).DefaultIfEmpty(0).Min();
        Budget = Table("anggaran", $"Realisasi dan penyerapan anggaran {Year} per program dan kegiatan")
            .Column("uraian", "Program / kegiatan")
            .Column("pagu", "Pagu", ValueKind.Rupiah)
            .Column("realisasi", "Realisasi", ValueKind.Rupiah)
            .Column("penyerapan", "Penyerapan", ValueKind.Percent)
            .Column("perhitungan", "Perhitungan")
            .Column("sumber", "Sumber");
        foreach (var (node, depth) in nodes)
        {
            var b = node.Budget!;
            // Pagu and realisation often share one printed row: the row's markers are on its programme or kegiatan.
            Budget.Row(depth - top, emphasis: node.Level == "PROGRAM")
                .Text($"{Labels.Level(node.Level)}: {node.Label}")
                .Flag(new[] { b.Pagu, b.Realisation }.SelectMany(f => _all.On(f?.Source, FindingLinks.BudgetKinds)).DistinctBy(f => f.Href).ToList())
                .Figure(b.RolledUpPagu, b.Pagu is { Reported: true } ? null : Format.Rupiah(b.RolledUpPagu) + " (jumlah rincian)", Printed(b.Pagu))
                .Figure(b.RolledUpRealisation, b.Realisation is { Reported: true } ? null : b.RolledUpRealisation is null ? "tidak dilaporkan" : Format.Rupiah(b.RolledUpRealisation) + " (jumlah rincian)", Printed(b.Realisation))
                .Figure(b.Absorption?.Value)
                .Text(b.Absorption?.Trace)
                .Source((b.Realisation ?? b.Pagu)?.Source, (b.Realisation ?? b.Pagu)?.Published);
        }
        var total = Agency.Budget;
        Budget.TotalRow()
            .Text("Jumlah semua program")
            .Figure(total?.ProgramsPagu)
            .Figure(total?.ProgramsRealisation)
            .Figure(total?.Absorption?.Value)
            .Text(total?.Absorption?.Trace)
            .Text("dijumlahkan dari baris program");
        Budget.Note = "Pagu dan realisasi ditulis dalam notasi Indonesia dari angka yang tercetak; bila dokumen tidak mencetaknya untuk program, dipakai jumlah kegiatannya. Penyerapan = realisasi / pagu x 100.";

        var programs = nodes.Where(n => n.Node.Level == "PROGRAM").Select(n => n.Node).ToList();
        var chartTable = Table("grafik-penyerapan-program", $"Penyerapan anggaran {Year} per program")
            .Column("program", "Program")
            .Column("pagu", "Pagu", ValueKind.Rupiah)
            .Column("realisasi", "Realisasi", ValueKind.Rupiah)
            .Column("penyerapan", "Penyerapan", ValueKind.Percent);
        foreach (var program in programs.OrderBy(p => p.Budget!.Absorption?.Value ?? decimal.MaxValue))
            chartTable.Row().Text(program.Name).Figure(program.Budget!.RolledUpPagu).Figure(program.Budget.RolledUpRealisation).Figure(program.Budget.Absorption?.Value);
        var measured = programs.Where(p => p.Budget!.Absorption?.Value is not null).ToList();
        if (measured.Count > 0)
        {
            var lowest = measured.MinBy(p => p.Budget!.Absorption!.Value)!;
            Chart(new ChartSpec("grafik-penyerapan",
                $"Penyerapan anggaran {Year} {Format.Percent(total?.Absorption?.Value)}; terendah {lowest.Name} ({Format.Percent(lowest.Budget!.Absorption!.Value)})",
                $"Realisasi {Format.Rupiah(total?.ProgramsRealisation)} dari pagu {Format.Rupiah(total?.ProgramsPagu)} untuk {programs.Count} program.",
                chartTable, "program", ["penyerapan"], ChartKind.HorizontalBar)
            {
                Order = ChartOrder.Ascending,
                Target = new ChartTarget(100, "Pagu terserap penuh 100%"),
            });
        }
    }
}

static class ShownRows
{
    /// <summary>The rows the shown figures come from, where the answer names their document.</summary>
    public static IEnumerable<RowKey> Rows(this IEnumerable<PeriodFigure?> figures) =>
        figures.Select(f => FindingLinks.Key(f?.Source)).OfType<RowKey>();
}
