using System.Text.RegularExpressions;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Statistics;

// Social aid per kecamatan: one table and chart per agency and stage (I, II, I+II) with the printed and recomputed
// delivered share, and the printed summary rows beside the sums of the kecamatan rows.
public sealed partial class StatisticsModel
{
    public List<AidSection> Aid { get; } = [];

    /// <param name="StageComparison">Recipients per kecamatan of stages I+II against stage I, in words.</param>
    public sealed record AidSection(AidAgency Agency, List<AidStage> Stages, string? StageComparison, DataTable? Summary);

    public sealed record AidStage(string Stage, string Name, DataTable Table, ChartSpec Chart);

    static string StageName(string stage) => stage switch
    {
        "I" => "Tahap I",
        "II" => "Tahap II",
        "I+II" => "Tahap I dan II",
        _ => "Tahap " + stage,
    };

    static string Slug(string text) => Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

    void BuildAid()
    {
        foreach (var agency in Region.Agencies.Where(a => a.AidDistribution.Count > 0))
        {
            var rows = agency.AidDistribution;
            var stages = rows.Where(r => r.Kecamatan is not null).GroupBy(r => r.Stage)
                .Select(g => BuildAidStage(agency, g.Key, g.ToList())).ToList();
            Aid.Add(new AidSection(agency, stages, CompareStages(rows.Where(r => r.Kecamatan is not null).ToList()),
                BuildAidSummary(agency, rows.Where(r => r.Kecamatan is null).ToList())));
        }
    }

    AidStage BuildAidStage(AidAgency agency, string stage, List<AidRowData> rows)
    {
        var name = StageName(stage);
        var id = $"bantuan-{Slug(agency.Key)}-tahap-{Slug(stage)}";
        var table = Table(id, $"Penyaluran bantuan sosial {name} per kecamatan, {agency.Name}")
            .Column("kecamatan", "Kecamatan")
            .Column("penerima", "Penerima", ValueKind.Number)
            .Column("realisasi", "Realisasi (tersalurkan)", ValueKind.Number)
            .Column("persen_realisasi_tercetak", "Realisasi tercetak (%)", ValueKind.Percent, published: true)
            .Column("persen_realisasi_dihitung", "Realisasi dihitung (%)", ValueKind.Percent)
            .Column("tidak_realisasi", "Tidak tersalurkan", ValueKind.Number)
            .Column("persen_tidak_realisasi_tercetak", "Tidak tersalurkan tercetak (%)", ValueKind.Percent, published: true)
            .Column("sumber", "Sumber");
        foreach (var r in rows)
        {
            var (recipients, recipientsShown) = Printed(r.Recipients);
            var (delivered, deliveredShown) = Printed(r.Delivered);
            var (printedShare, printedShareShown) = Printed(r.DeliveredPercent);
            var (undelivered, undeliveredShown) = Printed(r.Undelivered);
            var (undeliveredShare, undeliveredShareShown) = Printed(r.UndeliveredPercent);
            // The figures are on one printed row: the row's marker is on its kecamatan.
            table.Row().Text(r.Kecamatan).Flag(Flags(r.Recipients, r.Delivered, r.DeliveredPercent, r.Undelivered, r.UndeliveredPercent, r.Amount))
                .Figure(recipients, recipientsShown).Figure(delivered, deliveredShown)
                .Figure(printedShare, printedShareShown)
                .Figure(r.DeliveredShare.Value, r.DeliveredShare.Value is null ? "tidak dapat dihitung" : null, r.DeliveredShare.Trace)
                .Figure(undelivered, undeliveredShown).Figure(undeliveredShare, undeliveredShareShown)
                .Cite(Source(r.Source));
        }
        var totalRecipients = rows.Sum(r => Reported(r.Recipients) ?? 0);
        var totalDelivered = rows.Sum(r => Reported(r.Delivered) ?? 0);
        var totalShare = Share(totalDelivered, totalRecipients);
        table.TotalRow().Text($"Jumlah {rows.Count} kecamatan (dihitung)")
            .Figure(totalRecipients).Figure(totalDelivered).Figure(null, Format.Missing)
            .Figure(totalShare, title: $"{Format.Number(totalDelivered)} / {Format.Number(totalRecipients)} x 100")
            .Figure(rows.Sum(r => Reported(r.Undelivered) ?? 0)).Figure(null, Format.Missing)
            .Text("dijumlahkan dari baris kecamatan");

        var mismatched = rows.Count(r => Reported(r.DeliveredPercent) is { } printed && r.DeliveredShare.Value is { } computed
                                         && Math.Round(computed, 2, MidpointRounding.AwayFromZero) != printed);
        table.Note = "Persentase tercetak ditulis sebagaimana di dokumen; realisasi dihitung = realisasi / penerima x 100. " +
                     "Baris jumlah dihitung dari baris kecamatan; jumlah dan persentase yang dicetak di bawah tabel dokumen dibandingkan di halaman kualitas data dokumennya.";

        var measured = rows.Where(r => r.DeliveredShare.Value is not null).ToList();
        var headline = $"{name}: {Format.Number(totalDelivered)} dari {Format.Number(totalRecipients)} penerima menerima bantuan ({Format.Percent(totalShare)})";
        var summary = measured.Count == 0 ? "Realisasi per kecamatan tidak dapat dihitung." :
            $"Realisasi terendah di {measured.MinBy(r => r.DeliveredShare.Value)!.Kecamatan} ({Format.Percent(measured.Min(r => r.DeliveredShare.Value))}), " +
            $"tertinggi di {measured.MaxBy(r => r.DeliveredShare.Value)!.Kecamatan} ({Format.Percent(measured.Max(r => r.DeliveredShare.Value))}). " +
            (mismatched == 0
                ? "Persentase tercetak setiap kecamatan sama dengan hasil hitung ulang (dua desimal)."
                : $"Persentase tercetak berbeda dengan hasil hitung ulang di {mismatched} kecamatan.");
        var chart = Chart(new ChartSpec("grafik-" + id, headline, summary, table, "kecamatan", ["penerima", "realisasi"]) { Order = ChartOrder.Descending });
        return new AidStage(stage, name, table, chart);
    }

    /// <summary>The summary rows the document prints (REALISASI, TIDAK REALISASI), each beside the sum of the kecamatan rows of its stage.</summary>
    DataTable? BuildAidSummary(AidAgency agency, List<AidRowData> rows)
    {
        if (rows.Count == 0) return null;
        var table = Table($"bantuan-{Slug(agency.Key)}-ringkasan", $"Ringkasan penyaluran bantuan sosial tercetak, {agency.Name}")
            .Column("baris", "Baris (tercetak)")
            .Column("tahap", "Tahap")
            .Column("jumlah_tercetak", "Jumlah tercetak", ValueKind.Number)
            .Column("persen_tercetak", "Persentase tercetak", ValueKind.Percent, published: true)
            .Column("nominal", "Nominal tercetak", ValueKind.Rupiah)
            .Column("jumlah_dihitung", "Jumlah kecamatan (dihitung)", ValueKind.Number)
            .Column("selisih", "Selisih (tercetak − dihitung)", ValueKind.Number)
            .Column("sumber", "Sumber");
        var kecamatan = agency.AidDistribution.Where(r => r.Kecamatan is not null).ToList();
        foreach (var r in rows)
        {
            // A summary row gives one count: delivered (REALISASI), not delivered (TIDAK REALISASI) or recipients.
            var (count, share, sum) =
                r.Delivered is not null ? (r.Delivered, r.DeliveredPercent, Sum(kecamatan, r.Stage, x => x.Delivered))
                : r.Undelivered is not null ? (r.Undelivered, r.UndeliveredPercent, Sum(kecamatan, r.Stage, x => x.Undelivered))
                : (r.Recipients, null, Sum(kecamatan, r.Stage, x => x.Recipients));
            var (printed, printedShown) = Printed(count);
            var (printedShare, printedShareShown) = Printed(share, Format.Missing);
            var (amount, amountShown) = Printed(r.Amount, Format.Missing);
            var difference = printed - sum;
            table.Row().Text(r.Label ?? "(tanpa label)").Flag(Flags(r.Recipients, r.Delivered, r.DeliveredPercent, r.Undelivered, r.UndeliveredPercent, r.Amount)).Text(StageName(r.Stage))
                .Figure(printed, printedShown).Figure(printedShare, printedShareShown).Figure(amount, amountShown)
                .Figure(sum).Figure(difference, difference is null ? "tidak dapat dihitung" : null)
                .Cite(Source(r.Source));
        }
        table.Note = "Angka baris ringkasan adalah angka yang tercetak; jumlah pembanding dijumlahkan dari baris kecamatan tahap yang sama.";
        return table;
    }

    /// <summary>Stage I+II serves the recipients of stage I (stage II delivers what stage I could not): the two tables
    /// print each kecamatan's recipients twice, and where they differ both are named.</summary>
    static string? CompareStages(List<AidRowData> rows)
    {
        var first = rows.Where(r => r.Stage == "I").GroupBy(r => r.Kecamatan!).ToDictionary(g => g.Key, g => Reported(g.First().Recipients));
        var both = rows.Where(r => r.Stage == "I+II").ToList();
        if (first.Count == 0 || both.Count == 0) return null;
        var differing = both
            .Where(r => first.GetValueOrDefault(r.Kecamatan!) is { } f && Reported(r.Recipients) is { } b && b != f)
            .Select(r => $"{r.Kecamatan} {Format.Number(Reported(r.Recipients))} dan {Format.Number(first[r.Kecamatan!])}").ToList();
        if (differing.Count == 0) return "Penerima per kecamatan pada tabel Tahap I dan II sama dengan tabel Tahap I.";
        var sumFirst = first.Values.Sum(v => v ?? 0);
        var sumBoth = both.Sum(r => Reported(r.Recipients) ?? 0);
        return $"Penerima per kecamatan pada tabel Tahap I dan II berbeda dengan tabel Tahap I di {differing.Count} dari {both.Count} kecamatan " +
               $"({string.Join("; ", differing)}), sedangkan jumlah seluruhnya {(sumFirst == sumBoth ? $"sama: {Format.Number(sumBoth)}" : $"{Format.Number(sumBoth)} dan {Format.Number(sumFirst)}")}. " +
               "Kedua angka ditampilkan sebagaimana tercetak, tidak diperbaiki.";
    }

    static decimal? Sum(List<AidRowData> rows, string stage, Func<AidRowData, StatFigure?> figure)
    {
        var values = rows.Where(r => r.Stage == stage).Select(r => Reported(figure(r))).ToList();
        return values.Count == 0 ? null : values.Sum(v => v ?? 0);
    }
}
