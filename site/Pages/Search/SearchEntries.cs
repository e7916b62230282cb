using Sakip.Site.Build;
using Sakip.Site.Pages.Agency;
using Sakip.Site.Pages.DocumentQuality;
using Sakip.Site.Pages.Indicator;
using Sakip.Site.Pages.Lkjip;
using Sakip.Site.Pages.Plan;
using Sakip.Site.Pages.Rak;
using Sakip.Site.Pages.Region;
using Sakip.Site.Pages.Statistics;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Search;

/// <summary>What a group's pages give the search: every entity they show (region, agency, official and signatory,
/// indicator with its latest capaian, plan node with its pagu, PPKS category, PSKS type, kecamatan, document), each
/// once per group with the years it appears in, linked to the page that shows it.</summary>
public static class SearchEntries
{
    public static List<SearchEntry> From(IEnumerable<PageModel> pages)
    {
        var entries = new List<SearchEntry>();
        foreach (var page in pages)
        {
            switch (page)
            {
                case RegionModel r:
                    entries.Add(new(SearchTypes.Region, r.Data.Name, r.Data.Code, r.Data.Name, r.Data.Province, [.. r.Data.StatisticsYears.Order()], null, r.Meta.Path));
                    break;
                case StatisticsModel s:
                    entries.AddRange(Statistics(s));
                    break;
                case AgencyModel a:
                    entries.Add(new(SearchTypes.Agency, a.Agency.Name, a.Agency.Region.Code, a.Agency.Region.Name, null, [.. a.Agency.Years.Order()], null, a.Meta.Path));
                    entries.AddRange(a.Agency.Officials.Select(o =>
                        Official(o.Name, o.Position, a.Agency.Name, a.Agency.Region.Code, a.Agency.Region.Name, [], a.Meta.Path)));
                    break;
                case RakModel rak:
                    entries.AddRange(Plan(rak.Agency.PlanNodes, rak.Agency.Name, rak.Agency.Region.Code, rak.Agency.Region.Name, rak.Year, rak.Meta.Path));
                    entries.AddRange(rak.Agency.Documents.Where(d => d.Signatory is not null).Select(d =>
                        Official(d.Signatory!.Name, d.Signatory.Position, rak.Agency.Name, rak.Agency.Region.Code, rak.Agency.Region.Name, [rak.Year], Paths.Agency(rak.Agency.Region.Code, rak.Agency.Key))));
                    break;
                case LkjipModel lkjip:
                    entries.AddRange(Plan(lkjip.Agency.PlanNodes, lkjip.Agency.Name, lkjip.Agency.Region.Code, lkjip.Agency.Region.Name, lkjip.Year, lkjip.Meta.Path));
                    entries.AddRange(lkjip.Agency.Documents.Where(d => d.Signatory is not null).Select(d =>
                        Official(d.Signatory!.Name, d.Signatory.Position, lkjip.Agency.Name, lkjip.Agency.Region.Code, lkjip.Agency.Region.Name, [lkjip.Year], Paths.Agency(lkjip.Agency.Region.Code, lkjip.Agency.Key))));
                    break;
                case IndicatorModel i:
                    entries.Add(Indicator(i));
                    break;
                case DocumentQualityModel d:
                    entries.Add(new(SearchTypes.Document, d.Document.Title, d.Document.Agency.Region.Code, d.Document.Agency.Region.Name, d.Document.Agency.Name,
                        [d.Document.Year], $"{Labels.DocumentShort(d.Document.Kind)}, {d.Document.Findings.Count} temuan rekonsiliasi", d.Meta.Path));
                    break;
            }
        }
        return Merge(entries);
    }

    static SearchEntry Official(string? name, string position, string agency, string code, string region, List<int> years, string path) =>
        new(SearchTypes.Official, name ?? position, code, region, name is null ? agency : $"{position}, {agency}", years, null, path);

    static IEnumerable<SearchEntry> Plan(List<PlanNodeData> nodes, string agency, string code, string region, int year, string path) =>
        nodes.Select(n => new SearchEntry(SearchTypes.OfLevel(n.Level), n.Label, code, region, agency, [year],
            n.Budget?.Pagu is { Reported: true, Value: { } pagu } ? $"pagu {Format.Rupiah(pagu)} ({year})" : null, path));

    /// <summary>An indicator with its latest computed capaian, or else its latest annual target.</summary>
    static SearchEntry Indicator(IndicatorModel i)
    {
        var years = i.Indicator.History.Select(h => h.Year).Order().ToList();
        var capaian = i.Indicator.History.Where(h => h.State == "COMPUTED" && h.Value is not null).MaxBy(h => h.Year);
        var target = i.Indicator.History.Where(h => h.Target is { Reported: true }).MaxBy(h => h.Year);
        var printed = target?.Target?.Published?.Trim() ?? "";
        var unit = i.Indicator.Unit is not { Length: > 0 } u || printed.EndsWith('%') ? "" : u == "%" ? "%" : " " + u;
        var value = capaian is not null ? $"capaian {Format.Percent(capaian.Value)} ({capaian.Year})"
            : target is not null ? $"target {printed}{unit} ({target.Year})" : null;
        return new(SearchTypes.Indicator, i.Indicator.Name, i.Region.Code, i.Region.Name, i.Agency.Name, years, value, i.Meta.Path);
    }

    static IEnumerable<SearchEntry> Statistics(StatisticsModel s)
    {
        var (code, region, year, path) = (s.Region.Code, s.Region.Name, s.Year, s.Meta.Path);
        foreach (var p in s.Region.Ppks)
            yield return new(SearchTypes.Ppks, p.Category.Name, code, region, p.Category.Group, [year],
                $"terdata {Format.Number(p.Terdata?.Value)}, tertangani {Format.Number(p.Tertangani?.Value)} ({year})", path);
        foreach (var p in s.Region.Psks)
            yield return new(SearchTypes.Psks, p.Type, code, region, null, [year], $"{Format.Number(p.Count.Value)} ({year})", path);
        foreach (var section in s.Aid)
            foreach (var stage in section.Stages)
                foreach (var row in stage.Table.Rows)
                    if (row.Cells[0].Text is { Length: > 0 } kecamatan)
                        yield return new(SearchTypes.Kecamatan, kecamatan, code, region, $"bantuan sosial {section.Agency.Name}", [year],
                            $"{stage.Name}: {row.Cells[1].Text} penerima", path + "#" + stage.Table.Id);
    }

    /// <summary>One entry per thing: the same type, title, region and context from several pages or years is one entry
    /// with all its years, taking its figure and link from its latest year (the first page of that year).</summary>
    static List<SearchEntry> Merge(List<SearchEntry> entries) =>
        entries.GroupBy(e => (e.Type, e.Title, e.Region, e.Context))
            .Select(g =>
            {
                var latest = g.OrderByDescending(e => e.Years.Count == 0 ? int.MinValue : e.Years.Max()).First();
                var withValue = g.Where(e => e.Value is not null).OrderByDescending(e => e.Years.Count == 0 ? int.MinValue : e.Years.Max()).FirstOrDefault();
                var value = withValue is null ? null
                    : g.Key.Type == SearchTypes.Kecamatan ? string.Join("; ", g.Where(e => e.Years.SequenceEqual(withValue.Years)).Select(e => e.Value).Distinct())
                    : withValue.Value;
                return (latest with { Years = [.. g.SelectMany(e => e.Years).Distinct().Order()], Value = value }).WithSynonyms();
            })
            .ToList();
}
