using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Pages.Plan;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Method;

/// <summary>How the site computes capaian, categories, absorption and coverage, and where the figures come from.</summary>
public sealed class MethodModel : PageModel
{
    public DataTable Scales { get; private set; } = default!;

    public sealed record Response(List<RegionScale> Regions);
    public sealed record RegionScale(string Code, string Name, ScaleData CapaianScale);

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
            .Column("kelas", "Kelas (kriteria) dan rentang capaian")
            .Column("batas", "Batas capaian", ValueKind.Percent, published: true)
            .Column("sumber", "Sumber");
        foreach (var r in data.Regions)
        {
            var s = r.CapaianScale;
            model.Scales.Row().Text(r.Name, Paths.Region(r.Code)).Text(s.Name)
                .Text(string.Join("; ", s.Ranges().Select(x => $"{x.Class.Label}: {x.Range}")))
                .Figure(s.Cap, s.Cap is null ? "tidak dibatasi" : null).Text(s.Source);
        }
        model.Scales.Note = "Kelas sebuah capaian ditentukan dari capaian sebelum dibatasi; capaian di atas batas capaian daerah dilaporkan sebesar batasnya, dengan nilai sebelum dibatasi pada perhitungannya.";
        return model;
    }
}
