using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Statistics;

// PPKS: every category as the documents give it, the charts of terdata against tertangani and of coverage, and the
// sums over the categories beside the totals the documents print.
public sealed partial class StatisticsModel
{
    public DataTable? Ppks { get; private set; }
    public DataTable? PpksTotals { get; private set; }
    public ChartSpec? PpksChart { get; private set; }
    public ChartSpec? CoverageChart { get; private set; }

    /// <summary>The printed totals compared with the sums, in words.</summary>
    public string TotalsVerdict { get; private set; } = "";

    static readonly (string Column, string Label)[] PpksMeasures = [("terdata", "Terdata"), ("tertangani", "Tertangani"), ("mandiri", "Mandiri")];

    void BuildPpks()
    {
        var rows = Region.Ppks;
        if (rows.Count == 0) return;
        BuildPpksTable(rows);
        BuildPpksChart(rows);
        BuildCoverageChart(rows);
        BuildPpksTotals();
    }

    void BuildPpksTable(List<PpksRow> rows)
    {
        var groups = rows.Any(r => r.Category.Group is not null);
        var bidang = rows.Any(r => r.Bidang is not null);
        var mandiri = rows.Any(r => r.Mandiri is not null);
        Ppks = Table("ppks-per-kategori", $"PPKS {Year} per kategori: terdata, tertangani{(mandiri ? ", mandiri" : "")} dan cakupan penanganan")
            .Column("kategori", "Kategori PPKS");
        if (groups) Ppks.Column("kelompok", "Kelompok (12 PAS)");
        if (bidang) Ppks.Column("bidang", "Bidang teknis");
        Ppks.Column("terdata", "Terdata", ValueKind.Number).Column("tertangani", "Tertangani", ValueKind.Number);
        if (mandiri) Ppks.Column("mandiri", "Mandiri", ValueKind.Number);
        Ppks.Column("cakupan", "Cakupan", ValueKind.Percent).Column("perhitungan", "Perhitungan cakupan").Column("sumber", "Sumber");

        foreach (var r in rows)
        {
            var row = Ppks.Row().Text(r.Category.Name);
            if (groups) row.Text(r.Category.Group);
            if (bidang) row.Text(r.Bidang);
            var (terdata, terdataShown) = Printed(r.Terdata, "tidak ada di tabel terdata");
            var (tertangani, tertanganiShown) = Printed(r.Tertangani, "tidak ada di tabel tertangani");
            row.Figure(terdata, terdataShown).Flag(Flags(r.Terdata)).Figure(tertangani, tertanganiShown).Flag(Flags(r.Tertangani));
            if (mandiri)
            {
                var (m, mShown) = Printed(r.Mandiri, "tidak dilaporkan");
                row.Figure(m, mShown).Flag(Flags(r.Mandiri));
            }
            row.Figure(r.Coverage.Value, r.Coverage.Value is null ? "tidak dapat dihitung" : null)
                .Text(r.Coverage.Trace)
                .Cite(Sources(("terdata", r.Terdata), ("tertangani", r.Tertangani), ("mandiri", r.Mandiri)));
        }
        var s = Region.PpksSummary;
        var total = Ppks.TotalRow().Text($"Jumlah {s.Categories} kategori (dihitung)");
        if (groups) total.Text("");
        if (bidang) total.Text("");
        total.Figure(s.Terdata).Figure(s.Tertangani);
        if (mandiri) total.Figure(s.Mandiri);
        total.Figure(s.Coverage.Value).Text(s.Coverage.Trace).Text("dijumlahkan dari baris kategori");
        Ppks.Note = "Angka ditulis sebagaimana tercetak: “-” dicetak dokumen untuk nol atau tidak ada. " +
                    $"Cakupan = {s.Coverage.Formula}, dihitung dari angka tercetak. Jumlah tercetak dokumen dibandingkan di bagian berikut.";
    }

    void BuildPpksChart(List<PpksRow> rows)
    {
        var drawn = rows.Where(r => Reported(r.Terdata) > 0 || Reported(r.Tertangani) > 0)
            .OrderByDescending(r => Reported(r.Terdata) ?? 0).ThenByDescending(r => Reported(r.Tertangani) ?? 0).ToList();
        if (drawn.Count == 0) return;
        var table = Table("ppks-terdata-tertangani", $"PPKS terdata dan tertangani {Year} per kategori (kategori dengan angka di atas nol)")
            .Column("kategori", "Kategori PPKS")
            .Column("terdata", "Terdata", ValueKind.Number)
            .Column("tertangani", "Tertangani", ValueKind.Number)
            .Column("belum_tertangani", "Terdata belum tertangani", ValueKind.Number)
            .Column("sumber", "Sumber");
        foreach (var r in drawn)
        {
            var (terdata, terdataShown) = Printed(r.Terdata, "tidak ada di tabel terdata");
            var (tertangani, tertanganiShown) = Printed(r.Tertangani, "tidak ada di tabel tertangani");
            var gap = terdata - tertangani;
            table.Row().Text(r.Category.Name).Figure(terdata, terdataShown).Figure(tertangani, tertanganiShown)
                .Figure(gap, gap is null ? "tidak dapat dihitung" : null)
                .Cite(Sources(("terdata", r.Terdata), ("tertangani", r.Tertangani)));
        }
        var s = Region.PpksSummary;
        table.TotalRow().Text("Jumlah semua kategori (dihitung)").Figure(s.Terdata).Figure(s.Tertangani)
            .Figure(s.Terdata - s.Tertangani).Text("dijumlahkan dari baris kategori");
        table.Note = $"{rows.Count - drawn.Count} kategori lain mencatat nol, “-” atau tidak dilaporkan dan tidak digambar; semuanya ada pada tabel PPKS per kategori.";

        var headline = s.Coverage.Value is { } coverage
            ? $"Cakupan penanganan PPKS {Year}: {Format.Number(s.Tertangani)} dari {Format.Number(s.Terdata)} PPKS terdata tertangani ({Format.Percent(coverage)})"
            : $"PPKS {Year}: {Format.Number(s.Terdata)} terdata; cakupan penanganan tidak dapat dihitung ({s.Coverage.Trace})";
        var top = drawn[0];
        var summary = $"Terdata terbanyak: {top.Category.Name} dengan {Format.Number(Reported(top.Terdata))} ({Format.Percent(Share(Reported(top.Terdata), s.Terdata))} dari seluruh terdata)";
        if (drawn.Count > 1) summary += $", disusul {drawn[1].Category.Name} dengan {Format.Number(Reported(drawn[1].Terdata))}";
        summary += ".";
        var gaps = drawn.Where(r => Reported(r.Terdata) is not null && Reported(r.Tertangani) is not null)
            .Select(r => (Row: r, Gap: Reported(r.Terdata)!.Value - Reported(r.Tertangani)!.Value)).Where(x => x.Gap > 0).ToList();
        summary += gaps.Count == 0
            ? " Di setiap kategori yang mencetak keduanya, semua PPKS terdata tertangani."
            : $" Terdata yang belum tertangani paling banyak pada {gaps.MaxBy(x => x.Gap).Row.Category.Name}: {Format.Number(gaps.Max(x => x.Gap))}.";
        PpksChart = Chart(new ChartSpec("grafik-ppks-terdata-tertangani", headline, summary, table, "kategori", ["terdata", "tertangani"], ChartKind.HorizontalBar));
    }

    void BuildCoverageChart(List<PpksRow> rows)
    {
        var computed = rows.Where(r => r.Coverage.Value is not null).OrderBy(r => r.Coverage.Value).ThenByDescending(r => Reported(r.Terdata)).ToList();
        if (computed.Count == 0) return;
        var table = Table("ppks-cakupan", $"Cakupan penanganan PPKS {Year} per kategori (kategori yang cakupannya dapat dihitung)")
            .Column("kategori", "Kategori PPKS")
            .Column("cakupan", "Cakupan", ValueKind.Percent)
            .Column("perhitungan", "Perhitungan")
            .Column("sumber", "Sumber");
        foreach (var r in computed)
            table.Row().Text(r.Category.Name).Figure(r.Coverage.Value).Text(r.Coverage.Trace)
                .Cite(Sources(("terdata", r.Terdata), ("tertangani", r.Tertangani)));
        var s = Region.PpksSummary;
        table.TotalRow().Text("Semua kategori").Figure(s.Coverage.Value).Text(s.Coverage.Trace).Text("dijumlahkan dari baris kategori");

        var skipped = rows.Where(r => r.Coverage.Value is null).GroupBy(r => r.Coverage.Trace)
            .Select(g => $"{g.Key} ({g.Count()} kategori)").ToList();
        table.Note = skipped.Count == 0 ? null : "Cakupan tidak dapat dihitung untuk kategori lain: " + string.Join("; ", skipped) + ".";

        var lowest = computed[0];
        var full = computed.Count(r => r.Coverage.Value >= 100);
        var headline = $"Cakupan terendah {Year}: {lowest.Category.Name} ({Format.Percent(lowest.Coverage.Value)})" +
                       (full > 0 ? $"; {full} dari {computed.Count} kategori tertangani seluruhnya" : "");
        var highest = computed.Where(r => r.Coverage.Value == computed[^1].Coverage.Value).ToList();
        var summary = $"Cakupan dapat dihitung untuk {computed.Count} dari {rows.Count} kategori; " +
                      (highest.Count == 1 ? $"tertinggi {highest[0].Category.Name}" : $"{highest.Count} kategori sama-sama tertinggi") +
                      $" ({Format.Percent(highest[0].Coverage.Value)})." +
                      (skipped.Count == 0 ? "" : $" {rows.Count - computed.Count} kategori lain tidak dapat dihitung, alasannya ada di bawah tabel.");
        CoverageChart = Chart(new ChartSpec("grafik-ppks-cakupan", headline, summary, table, "kategori", ["cakupan"], ChartKind.HorizontalBar)
        {
            Order = ChartOrder.Ascending,
            Target = new ChartTarget(100, "Tertangani seluruhnya 100%"),
        });
    }

    void BuildPpksTotals()
    {
        var s = Region.PpksSummary;
        PpksTotals = Table("ppks-jumlah-tercetak", $"Jumlah PPKS {Year}: dijumlahkan dari kategori dan tercetak di dokumen")
            .Column("ukuran", "Ukuran")
            .Column("dihitung", "Jumlah kategori (dihitung)", ValueKind.Number)
            .Column("tercetak", "Jumlah tercetak", ValueKind.Number)
            .Column("selisih", "Selisih (tercetak − dihitung)", ValueKind.Number)
            .Column("sumber", "Sumber jumlah tercetak");
        var compared = 0;
        var differing = new List<string>();
        foreach (var (column, label) in PpksMeasures)
        {
            var sum = s.Sum(column);
            var stated = s.StatedTotals.Where(t => t.Column == column).ToList();
            if (sum is null && stated.Count == 0) continue;
            if (stated.Count == 0)
            {
                PpksTotals.Row().Text(label).Figure(sum).Figure(null, "tidak dicetak").Figure(null, Format.Missing).Text(Format.Missing);
                continue;
            }
            foreach (var total in stated)
            {
                var (printed, shown) = Printed(total.Figure);
                var difference = printed - sum;
                if (difference is not null) compared++;
                if (difference is not null and not 0) differing.Add($"{label.ToLowerInvariant()} ({total.Source.Table.Key}: {shown ?? Format.Number(printed)} tercetak, {Format.Number(sum)} dihitung)");
                PpksTotals.Row().Text(label).Figure(sum).Figure(printed, shown).Flag(Flags(total.Figure))
                    .Figure(difference, difference is null ? "tidak dapat dihitung" : null)
                    .Cite(Source(total.Source));
            }
        }
        TotalsVerdict = differing.Count > 0
            ? $"{differing.Count} dari {compared} jumlah tercetak berbeda dengan jumlah per kategori: {string.Join("; ", differing)}. Keduanya ditampilkan; tidak ada yang diperbaiki."
            : compared > 0
                ? $"{compared switch { 1 => "Jumlah", 2 => "Kedua jumlah", _ => $"Semua {compared} jumlah" }} yang dicetak dokumen sama dengan jumlah per kategori."
                : "Dokumen tidak mencetak jumlah PPKS yang dapat dibandingkan; jumlah di bawah dihitung dari baris kategori.";
    }
}
