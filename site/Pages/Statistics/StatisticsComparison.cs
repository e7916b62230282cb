using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Statistics;

// PPKS compared: each category of this page beside the same category (by name) in the region's other years (no table
// when there are none), and a link per category to its comparison across regions (PpksComparisons).
public sealed partial class StatisticsModel
{
    public DataTable? Comparison { get; private set; }

    /// <summary>The categories of this page that other regions report too: their names as printed here and their
    /// comparison pages.</summary>
    public List<(string Category, string Path)> Elsewhere { get; } = [];

    void BuildComparison(IReadOnlyList<(int Year, StatisticsRegion Region)> otherYears, IReadOnlyDictionary<string, string> elsewhere)
    {
        var rows = new List<(PpksRow Own, List<(int Year, PpksRow Row)> Others)>();
        foreach (var own in Region.Ppks)
        {
            var name = IndicatorComparisons.Normal(own.Category.Name);
            if (elsewhere.TryGetValue(name, out var path) && Elsewhere.All(e => e.Path != path)) Elsewhere.Add((own.Category.Name, path));
            var others = otherYears.OrderBy(o => o.Year)
                .SelectMany(o => o.Region.Ppks.Where(p => IndicatorComparisons.Normal(p.Category.Name) == name).Select(p => (o.Year, p)))
                .ToList();
            if (others.Count > 0) rows.Add((own, others));
        }
        if (rows.Count == 0) return;

        var years = rows.SelectMany(r => r.Others).Select(o => o.Year).Distinct().Count();
        Comparison = Table("ppks-perbandingan", $"{rows.Count} kategori PPKS {Year} dibandingkan dengan kategori yang sama pada {years} tahun lain")
            .Column("kategori", "Kategori PPKS")
            .Column("tahun", "Tahun")
            .Column("terdata", "Terdata", ValueKind.Number)
            .Column("tertangani", "Tertangani", ValueKind.Number)
            .Column("cakupan", "Cakupan", ValueKind.Percent);
        foreach (var (own, others) in rows)
        {
            Comparison.Row(emphasis: true).Text(own.Category.Name).Text(Year + " (halaman ini)")
                .Figure(Reported(own.Terdata)).Figure(Reported(own.Tertangani)).Figure(own.Coverage.Value, own.Coverage.Value is null ? "tidak dapat dihitung" : null);
            foreach (var (year, other) in others)
                Comparison.Row(1).Text(other.Category.Name).Text(year.ToString(System.Globalization.CultureInfo.InvariantCulture), Paths.Statistics(Region.Code, year))
                    .Figure(Reported(other.Terdata)).Figure(Reported(other.Tertangani)).Figure(other.Coverage.Value, other.Coverage.Value is null ? "tidak dapat dihitung" : null);
        }
        Comparison.Note = "Kategori dibandingkan bila namanya sama (tanpa membedakan huruf besar dan spasi). " +
                          "Angka sebagaimana tercetak di dokumen; cara mendata dapat berbeda antartahun.";
    }
}
