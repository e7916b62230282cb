using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Comparison;

/// <summary>The capaian of every indicator of one name, per agency and year, across regions (<see cref="IndicatorComparisons"/>).</summary>
public sealed class IndicatorComparisonModel : PageModel
{
    public required string Name { get; init; }
    /// <summary>How the documents print the name, when they print it in more than one way.</summary>
    public required IReadOnlyList<string> Spellings { get; init; }
    public required int Regions { get; init; }
    public required int Agencies { get; init; }
    public DataTable Capaian { get; private set; } = default!;

    public static IndicatorComparisonModel Create(string normalName, IReadOnlyList<ComparedIndicator> indicators)
    {
        var spellings = indicators.Select(i => i.Name.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var name = spellings[0];
        var regions = indicators.Select(i => i.RegionCode).Distinct().Count();
        var agencies = indicators.Select(i => (i.RegionCode, i.AgencyKey)).Distinct().Count();
        var model = new IndicatorComparisonModel
        {
            Meta = new PageMeta(Paths.IndicatorComparison(normalName), $"Perbandingan antardaerah: {name}",
                $"Capaian indikator “{name}” di {agencies} perangkat daerah dari {regions} pemerintah daerah, per tahun.",
                [new Crumb("Beranda", Paths.Home)]),
            Name = name,
            Spellings = spellings.Count > 1 ? spellings : [],
            Regions = regions,
            Agencies = agencies,
        };
        model.Build(indicators);
        return model;
    }

    void Build(IReadOnlyList<ComparedIndicator> indicators)
    {
        Capaian = Table("capaian", $"Capaian indikator bernama sama di {Agencies} perangkat daerah dari {Regions} pemerintah daerah, per tahun")
            .Column("daerah", "Pemerintah daerah")
            .Column("perangkat_daerah", "Perangkat daerah")
            .Column("tahun", "Tahun")
            .Column("capaian", "Capaian dihitung", ValueKind.Percent)
            .Column("kategori", "Kategori");
        foreach (var i in indicators)
        {
            if (i.History.Count == 0)
                Capaian.Row().Text(i.RegionName, Paths.Region(i.RegionCode)).Text(i.AgencyName, i.Page).Text(null).Figure(null, "belum ada capaian").Text(null);
            foreach (var h in i.History.OrderBy(h => h.Year))
                Capaian.Row().Text(i.RegionName, Paths.Region(i.RegionCode)).Text(i.AgencyName, i.Page).Text(h.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Figure(h.Value, h.State == "COMPUTED" ? null : Labels.CapaianState(h.State)).Text(h.State == "COMPUTED" ? h.Kriteria : null);
        }
        Capaian.Note = "Indikator dibandingkan bila namanya sama (tanpa membedakan huruf besar dan spasi). Capaian dihitung ulang dengan rumus yang sama " +
                       "di setiap daerah; kategori menurut skala capaian daerahnya masing-masing, dan definisi operasional dapat berbeda antardaerah.";
    }
}
