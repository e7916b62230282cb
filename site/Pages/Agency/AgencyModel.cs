using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Agency;

/// <summary>An agency's profile: organisation, officials, staff, assets and documents.</summary>
public sealed class AgencyModel : PageModel
{
    public required AgencyData Agency { get; init; }
    public required IndexAgency Index { get; init; }
    public DataTable Units { get; private set; } = default!;
    public DataTable Officials { get; private set; } = default!;
    public DataTable Documents { get; private set; } = default!;
    public DataTable? Positions { get; private set; }
    public DataTable? Counts { get; private set; }
    public DataTable? Assets { get; private set; }

    public sealed record AgencyData(string Name, string Key, RegionData Region, List<int> Years, List<UnitData> Units, List<OfficialData> Officials,
        List<DocumentData> Documents, List<PositionData> StaffPositions, List<CountData> StaffCounts, List<AssetData> Assets);
    public sealed record RegionData(string Code, string Name, string Province);
    public sealed record Named(string Name);
    public sealed record UnitData(string Key, string Name, string Kind, Named? Parent, List<OfficialRef>? Officials);
    public sealed record OfficialRef(string Position, string? Name);
    public sealed record OfficialData(string Position, string? Echelon, string? Name, string? Rank, string? Nip, Named? Unit);
    public sealed record DocumentData(string Key, string Kind, int Year, string Title, DateOnly? PublishedOn, List<Kinded> Findings);
    public sealed record Kinded(string Kind);
    public sealed record PositionData(int Year, string Position, Named? Unit, Figure Pns, Figure Pppk, Figure PppkPartTime, Figure Grade);
    public sealed record CountData(int Year, string Dimension, string Category, string? Code, string Column, string State, decimal? Value, string? Published, string? Reason, SourceRef Source);
    public sealed record AssetData(int Year, string Class, string? Description, string? UnitOfMeasure, string Measure, string State, decimal? Value, string? Published, string? Reason, SourceRef Source);

    /// <summary>The page from the agency part of the AgencyPages answer.</summary>
    public static AgencyModel Create(IndexRegion region, IndexAgency agency, AgencyData data)
    {
        var model = new AgencyModel
        {
            Agency = data,
            Index = agency,
            Meta = new PageMeta(Paths.Agency(region.Code, agency.Key), data.Name,
                $"Profil {data.Name}: unit kerja, pejabat, pegawai, aset dan dokumen SAKIP dari tahun ke tahun.",
                Trails.Region(region.Code, region.Name)),
        };
        model.Build(region);
        return model;
    }

    void Build(IndexRegion region)
    {
        Documents = Table("dokumen", "Dokumen SAKIP per tahun")
            .Column("tahun", "Tahun").Column("dokumen", "Dokumen").Column("tanggal", "Tanggal")
            .Column("temuan", "Temuan rekonsiliasi", ValueKind.Number);
        foreach (var d in Agency.Documents)
            Documents.Row()
                .Text(d.Year.ToString())
                .Text(d.Title, d.Kind switch
                {
                    "RAK" => Paths.Rak(region.Code, Agency.Key, d.Year),
                    "LKJIP" => Paths.Lkjip(region.Code, Agency.Key, d.Year),
                    _ => Paths.Document(d.Key),
                })
                .Text(Format.Date(d.PublishedOn))
                .Figure(d.Findings.Count, href: Paths.Document(d.Key));

        Units = Table("unit-kerja", "Unit kerja")
            .Column("unit", "Unit kerja").Column("jenis", "Jenis").Column("induk", "Di bawah").Column("kepala", "Dipimpin oleh");
        foreach (var u in Agency.Units)
            Units.Row(u.Parent is null ? 0 : 1)
                .Text(u.Name).Text(Labels.UnitKind(u.Kind)).Text(u.Parent?.Name)
                .Text(u.Officials is { Count: > 0 } o ? string.Join("; ", o.Select(x => x.Position + (x.Name is null ? "" : " (" + x.Name + ")"))) : null);

        Officials = Table("pejabat", "Pejabat")
            .Column("jabatan", "Jabatan").Column("eselon", "Eselon").Column("nama", "Nama").Column("pangkat", "Pangkat/golongan").Column("nip", "NIP");
        foreach (var o in Agency.Officials)
            Officials.Row().Text(o.Position).Text(o.Echelon).Text(o.Name ?? "tidak tercetak").Text(o.Rank).Text(o.Nip);

        if (Agency.StaffPositions.Count > 0)
        {
            Positions = Table("jabatan-pegawai", "Jabatan dan jumlah pegawai menurut status")
                .Column("tahun", "Tahun").Column("jabatan", "Jabatan").Column("unit", "Unit")
                .Column("pns", "PNS", ValueKind.Number).Column("pppk", "PPPK", ValueKind.Number)
                .Column("pppk_paruh_waktu", "PPPK paruh waktu", ValueKind.Number).Column("kelas", "Kelas jabatan", ValueKind.Number);
            foreach (var p in Agency.StaffPositions)
                Positions.Row().Text(p.Year.ToString()).Text(p.Position).Text(p.Unit?.Name)
                    .Figure(p.Pns.Value, p.Pns.Reported ? null : p.Pns.Published is { Length: > 0 } s ? s : Format.Missing, p.Pns.Source?.ToString())
                    .Figure(p.Pppk.Value, p.Pppk.Reported ? null : p.Pppk.Published is { Length: > 0 } s2 ? s2 : Format.Missing)
                    .Figure(p.PppkPartTime.Value, p.PppkPartTime.Reported ? null : p.PppkPartTime.Published is { Length: > 0 } s3 ? s3 : Format.Missing)
                    .Figure(p.Grade.Value, p.Grade.Reported ? null : p.Grade.Published is { Length: > 0 } s4 ? s4 : Format.Missing);
        }

        if (Agency.StaffCounts.Count > 0)
        {
            Counts = Table("jumlah-pegawai", "Jumlah pegawai menurut eselon, golongan, pendidikan, jenis kelamin dan status")
                .Column("tahun", "Tahun").Column("dimensi", "Menurut").Column("kategori", "Kategori")
                .Column("kolom", "Kolom").Column("jumlah", "Jumlah", ValueKind.Number).Column("sumber", "Sumber");
            foreach (var c in Agency.StaffCounts)
                Counts.Row().Text(c.Year.ToString()).Text(c.Dimension).Text(c.Category)
                    .Text(c.Column == "count" ? "jumlah" : "kolom " + c.Column[1..] + " (tanpa judul di dokumen)")
                    .Figure(c.Value, c.State == "REPORTED" ? null : c.Published is { Length: > 0 } p ? p : Format.Missing)
                    .Source(c.Source, c.Published);
            Counts.Note = "Kolom tanpa judul: dokumen mencetak angka tanpa menyebut apa yang dihitung; angka ditampilkan apa adanya.";

            var status = Agency.StaffCounts.Where(c => c.Dimension == "status" && c.Column == "count" && c.Value is not null).ToList();
            if (status.Count > 0)
            {
                var chartTable = Table("grafik-status-pegawai", $"Pegawai menurut status {status[0].Year}")
                    .Column("status", "Status").Column("jumlah", "Jumlah pegawai", ValueKind.Number);
                foreach (var s in status.Where(s => s.Year == status[0].Year)) chartTable.Row().Text(s.Category).Figure(s.Value);
                var total = chartTable.Rows.Sum(r => r.Cells[1].Value ?? 0);
                var top = chartTable.Rows.MaxBy(r => r.Cells[1].Value)!;
                Chart(new ChartSpec("grafik-status-pegawai",
                    $"{top.Cells[0].Text} merupakan status terbanyak: {top.Cells[1].Text} dari {Format.Number(total)} pegawai",
                    string.Join("; ", chartTable.Rows.Select(r => $"{r.Cells[0].Text} {r.Cells[1].Text}")) + ".",
                    chartTable, "status", ["jumlah"], ChartKind.HorizontalBar));
            }
        }

        if (Agency.Assets.Count > 0)
        {
            Assets = Table("aset", "Ringkasan aset")
                .Column("tahun", "Tahun").Column("golongan", "Golongan aset").Column("uraian", "Uraian")
                .Column("ukuran", "Ukuran").Column("angka", "Angka", ValueKind.Number).Column("sumber", "Sumber");
            foreach (var a in Agency.Assets)
                Assets.Row().Text(a.Year.ToString()).Text(a.Class).Text(a.Description)
                    .Text(a.Measure == "VALUE" ? "Nilai (Rp)" : "Jumlah" + (a.UnitOfMeasure is null ? "" : " (" + a.UnitOfMeasure + ")"))
                    .Figure(a.Value, a.Measure == "VALUE" && a.Value is not null ? Format.Rupiah(a.Value) : a.State == "REPORTED" ? null : a.Published)
                    .Source(a.Source, a.Published);
        }
    }
}
