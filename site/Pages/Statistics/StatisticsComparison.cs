using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Statistics;

// PPKS compared: each category of this page beside the same category (by name) in the region's other years and in
// other regions (at their latest statistics year); only categories found elsewhere, and no table when there are none.
public sealed partial class StatisticsModel
{
    public DataTable? Comparison { get; private set; }

    void BuildComparison(IReadOnlyList<(int Year, StatisticsRegion Region)> otherYears, IReadOnlyDictionary<string, List<ComparedPpks>> elsewhere)
    {
        var rows = new List<(PpksRow Own, List<ComparedPpks> Others)>();
        foreach (var own in Region.Ppks)
        {
            var name = IndicatorComparisons.Normal(own.Category.Name);
            var others = otherYears.OrderBy(o => o.Year)
                .SelectMany(o => o.Region.Ppks.Where(p => IndicatorComparisons.Normal(p.Category.Name) == name)
                    .Select(p => new ComparedPpks(Region.Code, Region.Name, o.Year, p.Category.Name, Reported(p.Terdata), Reported(p.Tertangani), p.Coverage.Value)))
                .Concat(elsewhere.TryGetValue(name, out var found) ? found : [])
                .ToList();
            if (others.Count > 0) rows.Add((own, others));
        }
        if (rows.Count == 0) return;

        var regions = rows.SelectMany(r => r.Others).Where(o => o.RegionCode != Region.Code).Select(o => o.RegionCode).Distinct().Count();
        var years = rows.SelectMany(r => r.Others).Where(o => o.RegionCode == Region.Code).Select(o => o.Year).Distinct().Count();
        Comparison = Table("ppks-perbandingan",
                $"{rows.Count} kategori PPKS {Year} dibandingkan dengan kategori yang sama" +
                (years > 0 ? $" pada {years} tahun lain" : "") + (years > 0 && regions > 0 ? " dan" : "") + (regions > 0 ? $" di {regions} pemerintah daerah lain" : ""))
            .Column("kategori", "Kategori PPKS")
            .Column("daerah", "Pemerintah daerah")
            .Column("tahun", "Tahun")
            .Column("terdata", "Terdata", ValueKind.Number)
            .Column("tertangani", "Tertangani", ValueKind.Number)
            .Column("cakupan", "Cakupan", ValueKind.Percent);
        foreach (var (own, others) in rows)
        {
            Comparison.Row(emphasis: true).Text(own.Category.Name).Text(Region.Name + " (halaman ini)").Text(Year.ToString())
                .Figure(Reported(own.Terdata)).Figure(Reported(own.Tertangani)).Figure(own.Coverage.Value, own.Coverage.Value is null ? "tidak dapat dihitung" : null);
            foreach (var o in others)
                Comparison.Row(1).Text(o.Category).Text(o.RegionName, o.Page).Text(o.Year.ToString())
                    .Figure(o.Terdata).Figure(o.Tertangani).Figure(o.Coverage, o.Coverage is null ? "tidak dapat dihitung" : null);
        }
        Comparison.Note = "Kategori dibandingkan bila namanya sama (tanpa membedakan huruf besar dan spasi); daerah lain pada tahun statistik terakhirnya. " +
                          "Angka sebagaimana tercetak di dokumen masing-masing; cara mendata dapat berbeda antardaerah dan antartahun.";
    }
}
