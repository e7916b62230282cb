using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Pages.Plan;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.PerformanceBudget;

/// <summary>Capaian against budget absorption per program of an agency-year. Only links the documents state are used
/// (the plan tree, and the indicators a PK lists a program or kegiatan under); a program the documents do not link to
/// any indicator is shown as such, never matched by name.</summary>
public sealed class PerformanceBudgetModel : PageModel
{
    public required AgencyYearData Agency { get; init; }
    public required int Year { get; init; }
    public DataTable Programs { get; private set; } = default!;
    public int Linked { get; private set; }
    public int ProgramCount { get; private set; }
    public bool HasRealisation => Agency.Budget?.ProgramsRealisation is not null;
    public List<CapaianData> AllCapaian { get; private set; } = [];

    /// <summary>The page from the performanceBudget part of an AgencyYearPages answer.</summary>
    public static PerformanceBudgetModel Create(IndexRegion region, IndexAgency agency, int year, AgencyYearData a)
    {
        var model = new PerformanceBudgetModel
        {
            Agency = a,
            Year = year,
            Meta = new PageMeta(Paths.PerformanceBudget(region.Code, agency.Key, year), $"Kinerja dibanding anggaran {year}: {a.Name}",
                $"Capaian indikator kinerja dibanding penyerapan anggaran per program {a.Name} tahun {year}.",
                Trails.Agency(region.Code, region.Name, agency.Key, a.Name)),
        };
        model.Build(region.Code);
        return model;
    }

    void Build(string regionCode)
    {
        var nodes = Agency.PlanNodes;
        var byKey = nodes.ToDictionary(n => n.Key);
        var children = nodes.Where(n => n.Parent is not null).ToLookup(n => n.Parent!.Key);
        var indicators = nodes.SelectMany(n => n.Indicators).DistinctBy(i => i.Key).ToDictionary(i => i.Key);
        AllCapaian = nodes.SelectMany(n => n.Indicators).Select(i => i.Capaian).OfType<CapaianData>().Where(c => c.State == "COMPUTED").ToList();

        Programs = Table("kinerja-anggaran", $"Penyerapan anggaran dan capaian indikator per program {Year}")
            .Column("program", "Program / indikator terkait")
            .Column("pagu", "Pagu", ValueKind.Rupiah)
            .Column("realisasi", "Realisasi", ValueKind.Rupiah)
            .Column("penyerapan", "Penyerapan anggaran", ValueKind.Percent)
            .Column("capaian", "Capaian kinerja", ValueKind.Percent)
            .Column("kategori", "Kategori")
            .Column("tautan", "Tautan dalam dokumen");
        var chartTable = Table("grafik-kinerja-anggaran", $"Penyerapan anggaran dan rata-rata capaian indikator terkait per program {Year}")
            .Column("program", "Program")
            .Column("penyerapan", "Penyerapan anggaran", ValueKind.Percent)
            .Column("capaian", "Rata-rata capaian indikator terkait", ValueKind.Percent);

        var programs = nodes.Where(n => n.Level == "PROGRAM").ToList();
        ProgramCount = programs.Count;
        foreach (var program in programs)
        {
            var related = Related(program, byKey, children, indicators).DistinctBy(r => r.Indicator.Key).ToList();
            var computed = related.Where(r => r.Indicator.Capaian is { State: "COMPUTED" }).ToList();
            var b = program.Budget;
            var mean = computed.Count == 0 ? null : (decimal?)computed.Average(r => r.Indicator.Capaian!.Value!.Value);
            Programs.Row(emphasis: true)
                .Text(program.Label)
                .Figure(b?.RolledUpPagu)
                .Figure(b?.RolledUpRealisation, b?.RolledUpRealisation is null ? "belum ada realisasi" : null)
                .Figure(b?.Absorption?.Value)
                .Figure(mean, computed.Count switch { 0 => related.Count == 0 ? "tidak ada indikator terkait" : "belum ada capaian", 1 => null, _ => Format.Percent(mean) + " (rata-rata)" })
                .Text(null)
                .Text(related.Count == 0 ? "dokumen tidak menautkan program ini ke indikator" : $"{related.Count} indikator");
            foreach (var (indicator, via) in related)
                Programs.Row(1)
                    .Text(indicator.Name, Paths.Indicator(regionCode, Agency.Key, indicator.Key))
                    .Figure(null, "")
                    .Figure(null, "")
                    .Figure(null, "")
                    .Figure(indicator.Capaian?.Value, indicator.Capaian is { State: "COMPUTED" } ? null : indicator.Capaian is null ? "tidak ada angka tahun ini" : Labels.CapaianState(indicator.Capaian.State))
                    .Text(indicator.Capaian is { State: "COMPUTED" } c ? c.Class : null)
                    .Text(via);
            if (related.Count > 0) Linked++;
            if (mean is not null && b?.Absorption?.Value is not null)
                chartTable.Row().Text(program.Name).Figure(b.Absorption.Value).Figure(mean);
        }
        Programs.Note = "Indikator terkait: indikator program itu sendiri, indikator kegiatan dan sub kegiatannya, indikator sasaran di atasnya menurut pohon kinerja dokumen, " +
                        "dan indikator yang oleh dokumen (misalnya Perjanjian Kinerja) dicantumkan bersama program atau kegiatannya sebagai pendukung. " +
                        "Rata-rata capaian hanya ringkasan; capaian tiap indikator ada di baris di bawah programnya.";

        if (chartTable.Rows.Count > 0)
        {
            var gap = chartTable.Rows.MaxBy(r => Math.Abs(r.Cells[1].Value!.Value - r.Cells[2].Value!.Value))!;
            Chart(new ChartSpec("grafik-kinerja-anggaran",
                $"Selisih terbesar antara penyerapan dan capaian {Year}: {gap.Cells[0].Text} (penyerapan {gap.Cells[1].Text}, capaian {gap.Cells[2].Text})",
                $"{chartTable.Rows.Count} dari {ProgramCount} program punya penyerapan anggaran dan capaian indikator terkait.",
                chartTable, "program", ["penyerapan", "capaian"], ChartKind.HorizontalBar) { Target = new ChartTarget(100, "Target 100%") });
        }
        else
        {
            Tables.Remove(chartTable);
            var perProgram = Table("grafik-pagu-realisasi", $"Pagu dan realisasi per program {Year}")
                .Column("program", "Program")
                .Column("pagu", "Pagu", ValueKind.Rupiah)
                .Column("realisasi", "Realisasi", ValueKind.Rupiah);
            foreach (var program in programs)
                perProgram.Row().Text(program.Name).Figure(program.Budget?.RolledUpPagu).Figure(program.Budget?.RolledUpRealisation);
            Chart(new ChartSpec("grafik-pagu-realisasi",
                HasRealisation
                    ? $"Realisasi {Format.Rupiah(Agency.Budget?.ProgramsRealisation)} dari pagu {Format.Rupiah(Agency.Budget?.ProgramsPagu)} ({Format.Percent(Agency.Budget?.Absorption?.Value)})"
                    : $"Pagu {Year} {Format.Rupiah(Agency.Budget?.ProgramsPagu)}; realisasi belum dilaporkan",
                Linked == 0
                    ? "Dokumen tidak menautkan program ke indikator berkinerja, sehingga capaian tidak dapat dibandingkan per program; bandingkan dengan capaian perangkat daerah di atas."
                    : "Belum ada program dengan penyerapan dan capaian sekaligus.",
                perProgram, "program", HasRealisation ? ["pagu", "realisasi"] : ["pagu"], ChartKind.HorizontalBar));
        }
    }

    /// <summary>Indicators the documents link to a program: its own and its descendants', its ancestors', then those
    /// the program or its descendants are listed under as contributors.</summary>
    static IEnumerable<(PlanIndicatorData Indicator, string Via)> Related(PlanNodeData program,
        Dictionary<string, PlanNodeData> byKey, ILookup<string, PlanNodeData> children, Dictionary<string, PlanIndicatorData> indicators)
    {
        foreach (var i in program.Indicators) yield return (i, "indikator program");
        var subtree = new List<PlanNodeData> { program };
        var stack = new Stack<PlanNodeData>(children[program.Key]);
        while (stack.TryPop(out var node))
        {
            subtree.Add(node);
            foreach (var i in node.Indicators) yield return (i, $"indikator {Labels.Level(node.Level).ToLowerInvariant()}");
            foreach (var c in children[node.Key]) stack.Push(c);
        }
        var parent = program.Parent is { } p && byKey.TryGetValue(p.Key, out var up) ? up : null;
        while (parent is not null)
        {
            foreach (var i in parent.Indicators) yield return (i, $"indikator {Labels.Level(parent.Level).ToLowerInvariant()} di atasnya");
            parent = parent.Parent is { } pp && byKey.TryGetValue(pp.Key, out var next) ? next : null;
        }
        foreach (var node in subtree)
            foreach (var c in node.ContributesTo ?? [])
                if (indicators.TryGetValue(c.Indicator.Key, out var served))
                    yield return (served, $"{Labels.Level(node.Level).ToLowerInvariant()} pendukung, {c.Source}");
    }
}
