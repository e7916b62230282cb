using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Pages.DocumentQuality;
using Sakip.Site.Pages.Plan;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Rak;

/// <summary>The RAK page of an agency-year: plan tree with targets, the period target schedule and the budget.</summary>
public sealed class RakModel : PageModel
{
    static readonly string[] BudgetLevels = ["PROGRAM", "KEGIATAN", "SUB_KEGIATAN"];

    public required AgencyYearData Agency { get; init; }
    public required int Year { get; init; }
    public Plan.DocumentData? Document => Agency.Documents.FirstOrDefault();
    /// <summary>The page's documents with their original publication (the "Dokumen sumber" block).</summary>
    public List<SourceDocument> SourceDocuments { get; private init; } = [];
    /// <summary>The reconciliation findings on rows the page's targets and pagu come from, with their addresses; each
    /// shown figure a finding touches carries its marker.</summary>
    public List<FindingLink> Findings { get; private set; } = [];
    /// <summary>The markers of the agency's printed pagu (shown beside the headline figures).</summary>
    public List<CellFlag> StatedAgencyPaguFlags { get; private set; } = [];
    FindingsByRow _all = FindingsByRow.None;
    readonly List<SourceRef?> _shownTargets = [];
    readonly List<SourceRef?> _shownBudgets = [];
    public DataTable Tree { get; private set; } = default!;
    public DataTable? Schedule { get; private set; }
    public DataTable? BudgetSchedule { get; private set; }
    public DataTable BudgetTree { get; private set; } = default!;
    public int IndicatorCount { get; private set; }
    public int PeriodIndicatorCount { get; private set; }
    /// <summary>Rows of the plan tree that start folded in its list: programmes, kegiatan and sub kegiatan.</summary>
    public HashSet<DataRow> FoldedTreeRows { get; } = [];
    public PageSection TreeSection { get; private set; } = default!;
    public PageSection? ScheduleSection { get; private set; }
    public PageSection BudgetSection { get; private set; } = default!;
    public decimal? StatedAgencyPagu => Agency.Budget?.Figures.FirstOrDefault(f => f.Reported)?.Value;

    /// <summary>Whether the year has a performance-versus-budget page (an LKjIP reports what to compare the plan with).</summary>
    public bool HasPerformanceBudget { get; private init; }

    /// <summary>The page from the rak part of an AgencyYearPages answer; <paramref name="documents"/> are the agency's
    /// documents with their findings (the AgencyPages answer's documentPages).</summary>
    public static RakModel Create(IndexRegion region, IndexAgency agency, int year, AgencyYearData a, bool hasPerformanceBudget,
        IReadOnlyList<DocumentQuality.DocumentData> documents)
    {
        var model = new RakModel
        {
            Agency = a,
            Year = year,
            HasPerformanceBudget = hasPerformanceBudget,
            SourceDocuments = agency.SourceDocuments(a.Documents.Select(d => d.Key)),
            Meta = new PageMeta(Paths.Rak(region.Code, agency.Key, year), $"Rencana Aksi Kinerja {year}: {a.Name}",
                $"Target kinerja tahunan, bulanan dan triwulanan serta anggaran per program, kegiatan dan sub kegiatan {a.Name} tahun {year}.",
                Trails.Agency(region.Code, region.Name, agency.Key, a.Name)),
        };
        model._all = FindingLinks.ByRow(documents);
        model.Build(region.Code);
        model.StatedAgencyPaguFlags = model.BudgetFlags(a.Budget?.Figures.FirstOrDefault(f => f.Reported));
        model.Findings = FindingLinks.Touching(documents,
            (model._shownTargets.Select(FindingLinks.Key).OfType<RowKey>(), FindingLinks.IndicatorKinds),
            (model._shownBudgets.Select(FindingLinks.Key).OfType<RowKey>(), FindingLinks.BudgetKinds));
        return model;
    }

    /// <summary>The markers of a shown target (or targets, in one cell), which the notice at the top then lists.</summary>
    List<CellFlag> TargetFlags(params PeriodFigure?[] figures)
    {
        _shownTargets.AddRange(figures.Select(f => f?.Source));
        return figures.SelectMany(f => _all.On(f?.Source, FindingLinks.IndicatorKinds)).DistinctBy(f => f.Href).ToList();
    }

    /// <summary>The markers of a shown pagu.</summary>
    List<CellFlag> BudgetFlags(PeriodFigure? figure)
    {
        _shownBudgets.Add(figure?.Source);
        return _all.On(figure?.Source, FindingLinks.BudgetKinds);
    }

    void Build(string regionCode)
    {
        var ordered = PlanTree.Ordered(Agency.PlanNodes);
        IndicatorCount = ordered.Sum(n => n.Node.Indicators.Count);

        Tree = Table("pohon-kinerja", $"Pohon kinerja {Year}: indikator, target tahunan dan pagu")
            .Column("uraian", "Uraian")
            .Column("tingkat", "Tingkat")
            .Column("satuan", "Satuan")
            .Column("target", $"Target {Year}", ValueKind.Number, description: FigureColumns.Describe($"Target {Year}"))
            .Column("pagu", $"Pagu {Year}", ValueKind.Rupiah)
            .Column("sumber", "Sumber");
        foreach (var (node, depth) in ordered)
        {
            var budget = node.Budget;
            var row = Tree.Row(depth, emphasis: true);
            if (BudgetLevels.Contains(node.Level)) FoldedTreeRows.Add(row);
            row
                .Text(node.Label)
                .Text(Labels.Level(node.Level))
                .Text(null)
                .Text(null);
            if (budget?.Pagu is { Reported: true } p) row.Published(p).Flag(BudgetFlags(p));
            else if (BudgetLevels.Contains(node.Level) && budget?.RolledUpPagu is { } r) row.Figure(r, Format.Rupiah(r) + " (jumlah rincian)");
            else row.Figure(null, Format.Missing);
            row.Source(budget?.Pagu?.Source ?? node.Source, budget?.Pagu?.Published);
            foreach (var indicator in node.Indicators)
            {
                var (target, others) = PlanTree.Annual(indicator.Targets);
                Tree.Row(depth + 1)
                    .Text("Indikator: " + indicator.Name, Paths.Indicator(regionCode, Agency.Key, indicator.Key))
                    .Text(Labels.IndicatorKind(indicator.Kind))
                    .Text(indicator.Unit)
                    .Figure(FigureColumns.Value(target), PlanTree.Describe(target, others, indicator.Unit)).Flag(TargetFlags([target, .. others]))
                    .Figure(null, "")
                    .Source(target?.Source, target?.Published);
            }
        }
        Tree.Note = "Target dan pagu ditulis dalam notasi Indonesia dari angka yang tercetak di dokumen; teks tercetaknya ada di rincian sumber. Bila tabel lain mencetak target berbeda, keduanya disebut. " +
                    "Pagu yang tidak tercetak untuk program atau kegiatan adalah jumlah pagu rinciannya.";

        BuildSchedule();
        BuildBudget(ordered);

        TreeSection = Section("bagian-pohon-kinerja", "Pohon kinerja dan target tahunan");
        if (Schedule is not null) ScheduleSection = Section("bagian-jadwal", "Jadwal target per periode");
        BudgetSection = Section("bagian-anggaran", "Anggaran");
    }

    void BuildSchedule()
    {
        var withPeriods = Agency.PlanNodes.SelectMany(n => n.Indicators)
            .Where(i => i.Targets?.Any(t => t.PeriodKind != "YEAR") == true).ToList();
        PeriodIndicatorCount = withPeriods.Count;
        if (withPeriods.Count == 0) return;

        var months = withPeriods.Any(i => i.Targets!.Any(t => t.PeriodKind == "MONTH"));
        var kind = months ? "MONTH" : "QUARTER";
        var periods = Enumerable.Range(1, months ? 12 : 4).ToList();
        Schedule = Table("jadwal-target", months ? $"Target bulanan {Year}" : $"Target triwulanan {Year}")
            .Column("indikator", "Indikator")
            .Column("satuan", "Satuan");
        foreach (var p in periods)
            Schedule.Column((months ? "bulan_" : "triwulan_") + p, Labels.Period(kind, p), ValueKind.Number);
        Schedule.Column("tahunan", "Target tahunan", ValueKind.Number, description: FigureColumns.Describe("Target tahunan"))
            .Column("agregasi", "Cara menjumlah periode");
        foreach (var indicator in withPeriods)
        {
            // An indicator's period targets share its printed row: the row's markers are on the indicator.
            var (annual, others) = PlanTree.Annual(indicator.Targets);
            var shown = periods.Select(p => indicator.Targets!.FirstOrDefault(t => t.PeriodKind == kind && t.PeriodNo == p)).ToList();
            var row = Schedule.Row().Text(indicator.Name).Flag(TargetFlags([.. shown, annual, .. others])).Text(indicator.Unit);
            foreach (var figure in shown) row.Published(figure);
            row.Figure(FigureColumns.Value(annual), PlanTree.Describe(annual, others, indicator.Unit)).Text(Labels.Aggregation(indicator.Aggregation));
        }
        Schedule.Note = "Sel kosong: tidak ada target pada periode itu. Angka ditulis dalam notasi Indonesia dari nilai yang tercetak; arahkan kursor ke angka untuk melihat teks tercetak, tabel dan baris sumbernya.";

        var due = Table("target-per-periode", months ? $"Jumlah indikator yang bertarget per bulan {Year}" : $"Jumlah indikator yang bertarget per triwulan {Year}")
            .Column("periode", months ? "Bulan" : "Triwulan")
            .Column("indikator", "Indikator bertarget", ValueKind.Number);
        foreach (var p in periods)
            due.Row().Text(Labels.Period(kind, p)).Figure(withPeriods.Count(i => i.Targets!.Any(t => t.PeriodKind == kind && t.PeriodNo == p)));
        var busiest = due.Rows.MaxBy(r => r.Cells[1].Value)!;
        var quiet = due.Rows.Where(r => r.Cells[1].Value == 0).Select(r => r.Cells[0].Text).ToList();
        Chart(new ChartSpec("grafik-target-per-periode",
            $"Target periode {Year} paling banyak jatuh pada {busiest.Cells[0].Text}: {busiest.Cells[1].Text} dari {withPeriods.Count} indikator",
            $"{withPeriods.Count} indikator punya target per {(months ? "bulan" : "triwulan")}. " +
            (quiet.Count > 0 ? $"Tidak ada target pada {string.Join(", ", quiet)}." : "Setiap periode punya target."),
            due, "periode", ["indikator"]));
    }

    void BuildBudget(List<(PlanNodeData Node, int Depth)> ordered)
    {
        BudgetTree = Table("anggaran", $"Anggaran {Year} per program, kegiatan dan sub kegiatan")
            .Column("uraian", "Program / kegiatan / sub kegiatan")
            .Column("pagu", "Pagu tercetak", ValueKind.Rupiah)
            .Column("jumlah_rincian", "Jumlah pagu rincian", ValueKind.Rupiah)
            .Column("selisih", "Selisih", ValueKind.Rupiah)
            .Column("sumber", "Sumber");
        var top = ordered.Where(n => BudgetLevels.Contains(n.Node.Level)).Select(n => n.Depth).DefaultIfEmpty(0).Min();
        foreach (var (node, depth) in ordered.Where(n => BudgetLevels.Contains(n.Node.Level)))
        {
            var b = node.Budget;
            decimal? stated = b?.Pagu is { Reported: true } p ? p.Value : null;
            decimal? children = node.Level == "SUB_KEGIATAN" ? null : b?.ChildrenPagu;
            BudgetTree.Row(depth - top, emphasis: node.Level == "PROGRAM")
                .Text($"{Labels.Level(node.Level)}: {node.Label}")
                .Published(b?.Pagu, Format.Missing).Flag(b?.Pagu is { Reported: true } shown ? BudgetFlags(shown) : [])
                .Figure(children)
                .Figure(stated is { } s && children is { } c ? s - c : null)
                .Source(b?.Pagu?.Source, b?.Pagu?.Published);
        }
        BudgetTree.Note = "Selisih = pagu tercetak dikurangi jumlah pagu rinciannya; selisih bukan nol berarti angka dokumen tidak saling cocok. Tidak ada angka yang diperbaiki.";

        var programs = ordered.Where(n => n.Node.Level == "PROGRAM").Select(n => n.Node).ToList();
        var total = programs.Sum(p => p.Budget?.RolledUpPagu ?? 0);
        var perProgram = Table("anggaran-program", $"Pagu {Year} per program")
            .Column("program", "Program")
            .Column("pagu", "Pagu", ValueKind.Rupiah)
            .Column("bagian", "Bagian dari jumlah pagu program", ValueKind.Percent);
        foreach (var program in programs.OrderByDescending(p => p.Budget?.RolledUpPagu ?? 0))
        {
            var pagu = program.Budget?.RolledUpPagu;
            perProgram.Row().Text(program.Name).Figure(pagu).Figure(total == 0 || pagu is null ? null : pagu / total * 100);
        }
        perProgram.TotalRow().Text("Jumlah").Figure(total).Figure(total == 0 ? null : 100m);
        if (programs.Count > 0 && total > 0)
        {
            var largest = perProgram.Rows[0];
            Chart(new ChartSpec("grafik-anggaran-program",
                $"{largest.Cells[0].Text} memegang {largest.Cells[2].Text} pagu program {Year}",
                $"Jumlah pagu {programs.Count} program {Format.Rupiah(total)}; {largest.Cells[0].Text} {largest.Cells[1].Text}." +
                (StatedAgencyPagu is { } a && a != total ? $" Pagu perangkat daerah yang tercetak {Format.Rupiah(a)}, {Compare.Against(a, total, "jumlah pagu program")}." : ""),
                perProgram, "program", ["pagu"], ChartKind.HorizontalBar));
        }

        var planned = ordered.SelectMany(n => n.Node.Budget?.Planned ?? []).Where(f => f.Reported).ToList();
        if (planned.Count > 0)
        {
            var kind = planned.Any(f => f.PeriodKind == "MONTH") ? "MONTH" : "QUARTER";
            BudgetSchedule = Table("rencana-penarikan", $"Rencana penarikan anggaran {Year} per {(kind == "MONTH" ? "bulan" : "triwulan")}")
                .Column("periode", kind == "MONTH" ? "Bulan" : "Triwulan")
                .Column("rencana", "Rencana penarikan", ValueKind.Rupiah);
            foreach (var p in Enumerable.Range(1, kind == "MONTH" ? 12 : 4))
                BudgetSchedule.Row().Text(Labels.Period(kind, p)).Figure(planned.Where(f => f.PeriodKind == kind && f.PeriodNo == p).Sum(f => f.Value ?? 0));
            var peak = BudgetSchedule.Rows.MaxBy(r => r.Cells[1].Value)!;
            Chart(new ChartSpec("grafik-rencana-penarikan", $"Penarikan anggaran {Year} terbesar direncanakan pada {peak.Cells[0].Text}",
                $"Rencana penarikan {peak.Cells[0].Text}: {peak.Cells[1].Text}.", BudgetSchedule, "periode", ["rencana"]));
        }
    }
}
