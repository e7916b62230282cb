using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Method;

/// <summary>How the site computes capaian, categories, absorption and coverage, and where the figures come from.</summary>
public sealed class MethodModel : PageModel
{
    public DataTable Scales { get; private set; } = default!;

    public sealed record Response(List<RegionScale> Regions);
    public sealed record RegionScale(string Code, string Name, Scale CapaianScale);
    public sealed record Scale(string Name, string Source, decimal SangatTinggiFrom, decimal TinggiFrom, decimal SedangFrom, decimal RendahFrom);

    /// <summary>The page from a MethodPage answer.</summary>
    public static MethodModel Create(Response data)
    {
        var model = new MethodModel
        {
            Meta = new PageMeta(Paths.Method, "Metode dan sumber data",
                "Cara portal ini menghitung capaian, kategori capaian, penyerapan anggaran dan cakupan penanganan PPKS, serta asal setiap angka.",
                [new Crumb("Beranda", Paths.Home)]),
        };
        model.Scales = model.Table("skala-kategori", "Skala kategori capaian per pemerintah daerah")
            .Column("wilayah", "Pemerintah daerah")
            .Column("skala", "Skala")
            .Column("sangat_tinggi", "Sangat tinggi dari", ValueKind.Percent)
            .Column("tinggi", "Tinggi dari", ValueKind.Percent)
            .Column("sedang", "Sedang dari", ValueKind.Percent)
            .Column("rendah", "Rendah dari", ValueKind.Percent)
            .Column("sumber", "Sumber");
        foreach (var r in data.Regions)
        {
            var s = r.CapaianScale;
            model.Scales.Row().Text(r.Name, Paths.Region(r.Code)).Text(s.Name)
                .Figure(s.SangatTinggiFrom).Figure(s.TinggiFrom).Figure(s.SedangFrom).Figure(s.RendahFrom).Text(s.Source);
        }
        model.Scales.Note = "Di bawah batas “rendah” kategorinya sangat rendah.";
        return model;
    }
}
