using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Statistics;

// PSKS: social-welfare resources per type with the number certified or accredited.
public sealed partial class StatisticsModel
{
    public DataTable? Psks { get; private set; }

    void BuildPsks()
    {
        var rows = Region.Psks;
        if (rows.Count == 0) return;
        Psks = Table("psks", $"PSKS {Year} per jenis: jumlah dan yang bersertifikat atau terakreditasi")
            .Column("jenis", "Jenis PSKS")
            .Column("jumlah", "Jumlah", ValueKind.Number)
            .Column("bersertifikat", "Bersertifikat/terakreditasi", ValueKind.Number)
            .Column("sumber_data", "Sumber data (tercetak)")
            .Column("keterangan", "Keterangan (tercetak)")
            .Column("sumber", "Sumber");
        foreach (var r in rows)
        {
            var (count, countShown) = Printed(r.Count);
            var (certified, certifiedShown) = Printed(r.Certified);
            // Both figures are on one printed row: the row's marker is on its type.
            Psks.Row().Text(r.Type).Flag(Flags(r.Count, r.Certified)).Figure(count, countShown).Figure(certified, certifiedShown)
                .Text(r.DataSource).Text(r.Remarks).Cite(Sources(("jumlah", r.Count), ("bersertifikat", r.Certified)));
        }
        var counted = rows.Count(r => Reported(r.Count) is not null);
        Psks.Row(emphasis: true).Text($"Jumlah {rows.Count} jenis (dihitung)")
            .Figure(rows.Sum(r => Reported(r.Count) ?? 0)).Figure(rows.Sum(r => Reported(r.Certified) ?? 0))
            .Text("").Text("").Text("dijumlahkan dari baris jenis");
        Psks.Note = "Jumlah dihitung dari baris jenis PSKS" + (counted < rows.Count ? $"; {rows.Count - counted} jenis tanpa angka tidak ikut dijumlahkan" : "") +
                    ". Sumber data dan keterangan ditulis sebagaimana tercetak.";
    }
}
