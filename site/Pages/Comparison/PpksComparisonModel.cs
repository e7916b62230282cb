using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Comparison;

/// <summary>One PPKS category's figures across regions, each at its latest statistics year (<see cref="PpksComparisons"/>).</summary>
public sealed class PpksComparisonModel : PageModel
{
    public required string Category { get; init; }
    public required IReadOnlyList<string> Spellings { get; init; }
    public required int Regions { get; init; }
    public DataTable Figures { get; private set; } = default!;

    public static PpksComparisonModel Create(string normalName, IReadOnlyList<ComparedPpks> figures)
    {
        var spellings = figures.Select(f => f.Category.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var category = spellings[0];
        var regions = figures.Select(f => f.RegionCode).Distinct().Count();
        var model = new PpksComparisonModel
        {
            Meta = new PageMeta(Paths.PpksComparison(normalName), $"Perbandingan antardaerah PPKS: {category}",
                $"PPKS kategori “{category}” terdata dan tertangani dengan cakupan penanganannya di {regions} pemerintah daerah, pada tahun statistik terakhir masing-masing.",
                [new Crumb("Beranda", Paths.Home)]),
            Category = category,
            Spellings = spellings.Count > 1 ? spellings : [],
            Regions = regions,
        };
        model.Figures = model.Table("ppks", $"PPKS “{category}” di {regions} pemerintah daerah, tahun statistik terakhir masing-masing")
            .Column("daerah", "Pemerintah daerah")
            .Column("tahun", "Tahun")
            .Column("terdata", "Terdata", ValueKind.Number)
            .Column("tertangani", "Tertangani", ValueKind.Number)
            .Column("cakupan", "Cakupan", ValueKind.Percent);
        foreach (var f in figures)
            model.Figures.Row().Text(f.RegionName, f.Page).Text(f.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Figure(f.Terdata?.Value, ComparedPpks.Missing(f.Terdata)).Figure(f.Tertangani?.Value, ComparedPpks.Missing(f.Tertangani))
                .Figure(f.Coverage, f.Coverage is null ? "tidak dapat dihitung" : null);
        model.Figures.Note = "Kategori dibandingkan bila namanya sama (tanpa membedakan huruf besar dan spasi); setiap daerah pada tahun statistik terakhirnya. " +
                             "Angka sebagaimana tercetak di dokumen masing-masing; cara mendata dapat berbeda antardaerah.";
        return model;
    }
}
