using Sakip.Site.Rendering;

namespace Sakip.Tests.Site;

/// <summary>The chart specs encode their data so it can be read: bars sorted, a dominant category drawn apart, the
/// 100% target as a line, each capaian class named in its bar's label, and labels wrapped into lines, never cut.</summary>
public sealed class ChartSpecTests
{
    /// <summary>Seruyan's PPKS 2025 as printed (terdata), Fakir Miskin dwarfing the rest, in the table's order.</summary>
    private static readonly (string Name, decimal Terdata)[] Ppks =
    [
        ("Anak terlantar", 15), ("Anak berhadapan dengan hukum (ABH)", 17), ("Anak difable", 44), ("Anak korban tindak kekerasan", 13),
        ("Anak yang memerlukan perlindungan khusus (AMPK)", 23), ("Anak Yatim Piatu (YAPI)", 25), ("DIFABEL", 320), ("LANSIA TERLANTAR", 1694),
        ("Lanjut Usia Terlantar / Miskin", 2), ("Gelandangan / OT", 1), ("Pengemis", 3), ("Pemulung", 1235), ("Bencana Alam", 156),
        ("Pekerja migran bermasalah sosial", 2), ("Keluarga bermasalah sosial psikologis", 3), ("Perempuan yang rawan ekonomi (WRSE)", 20),
        ("Fakir Miskin / rentan (penerima bansos)", 51729),
    ];

    private static ChartSpec PpksChart(IEnumerable<(string Name, decimal Terdata)> rows)
    {
        var table = new DataTable("ppks", "PPKS").Column("kategori", "Kategori").Column("terdata", "Terdata", ValueKind.Number);
        foreach (var (name, terdata) in rows) table.Row().Text(name).Figure(terdata);
        table.Row(emphasis: true).Text("Jumlah").Figure(rows.Sum(r => r.Terdata));
        return new ChartSpec("grafik-ppks", "PPKS", "Ringkasan", table, "kategori", ["terdata"], ChartKind.HorizontalBar);
    }

    private static ChartSpec CapaianChart()
    {
        var table = new DataTable("capaian", "Capaian").Column("indikator", "Indikator").Column("capaian", "Capaian dihitung", ValueKind.Percent).Column("kategori", "Kategori");
        table.Row().Text("Persentase PMKS yang menjadi mandiri setelah mendapat pelayanan rehabilitasi sosial").Figure(120m).Text("Sangat Tinggi");
        table.Row().Text("Persentase PMKS yang mendapat bantuan sosial").Figure(60m).Text("Rendah (tercetak: Sedang)");
        table.Row().Text("Indeks kepuasan").Figure(80m).Text("Tinggi");
        return new ChartSpec("grafik-capaian", "Capaian", "Ringkasan", table, "indikator", ["capaian"], ChartKind.HorizontalBar)
        {
            Order = ChartOrder.Ascending,
            Target = new ChartTarget(100, "Target 100%"),
            ClassColumn = "kategori",
            Classes = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"],
        };
    }

    private static string Joined(IReadOnlyList<string> lines) => string.Join(" ", lines);

    [Fact]
    public void Horizontal_bars_are_sorted_largest_first_without_the_total_row()
    {
        var chart = PpksChart(Ppks);
        var values = chart.DrawnRows().Select(r => r.Cells[1].Value!.Value).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.Equal(17, values.Count);
        Assert.Equal(values, chart.Panels().SelectMany(p => chart.ToConfig(p).Datasets[0].Data).Select(v => v!.Value));
    }

    [Fact]
    public void A_dominant_category_is_drawn_in_a_panel_of_its_own_and_the_rest_on_their_own_scale()
    {
        var chart = PpksChart(Ppks);
        var panels = chart.Panels();
        Assert.Equal(2, panels.Count);
        Assert.Equal(["Fakir Miskin / rentan (penerima bansos)"], panels[0].Rows.Select(r => r.Cells[0].Text));
        Assert.Equal(16, panels[1].Rows.Count);
        Assert.Equal("LANSIA TERLANTAR", panels[1].Rows[0].Cells[0].Text);
        Assert.Equal("Panel 1 dari 2: Fakir Miskin / rentan (penerima bansos), terdata 51.729", panels[0].Title);
        Assert.StartsWith("Panel 2 dari 2: 16 kategori lain tanpa Fakir Miskin / rentan (penerima bansos), dengan skala sendiri (terbesar 1.694, 3,27% dari 51.729)", panels[1].Title);
        Assert.Equal([1694m, 1235m, 320m], chart.ToConfig(panels[1]).Datasets[0].Data.Take(3).Select(v => v!.Value));
        Assert.NotNull(ChartSpec.PanelNote(panels));
        Assert.NotEqual(panels[0].Id, panels[1].Id);
    }

    [Fact]
    public void Categories_of_comparable_size_stay_in_one_panel()
    {
        Assert.Single(PpksChart([("A", 900), ("B", 700), ("C", 400), ("D", 350), ("E", 120)]).Panels());
        // A large first category whose rest is still readable on its scale is no reason to split either.
        Assert.Single(PpksChart([("A", 1000), ("B", 300), ("C", 250), ("D", 200), ("E", 150)]).Panels());
        Assert.Null(ChartSpec.PanelNote(PpksChart([("A", 1000), ("B", 300), ("C", 250), ("D", 200)]).Panels()));
    }

    [Fact]
    public void Percentages_are_never_split_and_a_capaian_chart_draws_the_100_percent_target_as_a_line()
    {
        var chart = CapaianChart();
        var config = chart.ToConfig();
        Assert.Single(chart.Panels());
        var target = Assert.Single(config.Datasets, d => d.Target);
        Assert.Equal("Target 100%", target.Label);
        Assert.Equal([100m, 100m, 100m], target.Data.Select(v => v!.Value));
        Assert.Contains("\"target\":true", config.ToJson());
        // Ascending as asked: the lowest capaian first.
        Assert.Equal([60m, 80m, 120m], config.Datasets.Single(d => !d.Target).Data.Select(v => v!.Value));
    }

    [Fact]
    public void Each_bar_carries_its_class_as_an_index_for_colour_and_pattern_and_as_the_last_line_of_its_label()
    {
        var config = CapaianChart().ToConfig();
        Assert.Equal(["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"], config.Classes!);
        Assert.Equal([3, 1, 0], config.ClassOf!);
        Assert.Equal("(Rendah (tercetak:", config.Labels[0][^2]);
        Assert.Equal("(Sangat Tinggi)", config.Labels[2][^1]);
    }

    [Fact]
    public void Labels_are_wrapped_into_lines_of_at_most_the_width_with_every_word_kept()
    {
        var config = CapaianChart().ToConfig();
        var name = "Persentase PMKS yang menjadi mandiri setelah mendapat pelayanan rehabilitasi sosial";
        var label = config.Labels[2];
        Assert.All(config.Labels.SelectMany(l => l), line => Assert.True(line.Length <= ChartLabels.Width, $"“{line}” is longer than {ChartLabels.Width}"));
        Assert.Equal(name + " (Sangat Tinggi)", Joined(label));
        Assert.DoesNotContain(config.Labels.SelectMany(l => l), line => line.Contains('…'));
        Assert.Equal(ChartLabels.Width, config.Wrap);
    }

    [Fact]
    public void A_word_longer_than_a_line_is_broken_with_a_hyphen_not_cut()
    {
        var lines = ChartLabels.Wrap("Dinas Pemberdayaanperempuandanperlindungananak Seruyan", 12);
        Assert.All(lines, l => Assert.True(l.Length <= 12));
        Assert.Equal("Dinas Pemberdayaanperempuandanperlindungananak Seruyan", string.Concat(lines.Select((l, i) => i == 0 ? l + " " : l.TrimEnd('-') + (l.EndsWith('-') ? "" : " "))).Trim());
    }
}
