using System.Text.Json;
using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Search;

/// <summary>A region's search index: a page listing every entry of the region grouped by type (the search without
/// JavaScript: a reader finds in it with the browser's own find, synonyms included), and the same entries as
/// <see cref="Paths.SearchIndexFile"/>, which the search page's script reads.</summary>
public sealed class SearchRegionModel : PageModel
{
    public required IndexRegion Region { get; init; }
    public required List<SearchEntry> Entries { get; init; }

    public IEnumerable<IGrouping<string, SearchEntry>> ByType => Entries.GroupBy(e => e.Type);

    public string IndexPath => Meta.Path + Paths.SearchIndexFile;

    public static SearchRegionModel Create(IndexRegion region, IEnumerable<SearchEntry> entries)
    {
        var order = SearchTypes.Order.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        return new SearchRegionModel
        {
            Region = region,
            // By type, then title and context: the order does not depend on the order the groups were built in.
            Entries = entries.OrderBy(e => order.GetValueOrDefault(e.Type, order.Count))
                .ThenBy(e => e.Title, StringComparer.Ordinal).ThenBy(e => e.Context, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.Ordinal)
                .ToList(),
            Meta = new PageMeta(Paths.SearchRegion(region.Code), $"Indeks pencarian {region.Name}",
                $"Semua perangkat daerah, indikator, program, kegiatan, sub kegiatan, kategori PPKS, kecamatan, pejabat dan dokumen {region.Name} di portal SAKIP Terbuka.",
                [new Crumb("Beranda", Paths.Home), new Crumb("Cari", Paths.Search)]),
        };
    }

    /// <summary>The index as compact JSON: the types once, then per entry an array [type number, title, context, years,
    /// figure, page, synonyms], empty strings for none; about 150 bytes an entry.</summary>
    public byte[] IndexJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("wilayah", Region.Code);
            json.WriteString("nama", Region.Name);
            json.WriteStartArray("jenis");
            foreach (var type in SearchTypes.Order) json.WriteStringValue(type);
            json.WriteEndArray();
            json.WriteStartArray("entri");
            foreach (var e in Entries)
            {
                json.WriteStartArray();
                json.WriteNumberValue(IndexOf(e.Type));
                json.WriteStringValue(e.Title);
                json.WriteStringValue(e.Context ?? "");
                json.WriteStringValue(e.YearsLabel);
                json.WriteStringValue(e.Value ?? "");
                json.WriteStringValue(e.Path);
                json.WriteStringValue(string.Join(" ", e.Also));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    static int IndexOf(string type)
    {
        for (var i = 0; i < SearchTypes.Order.Count; i++)
            if (SearchTypes.Order[i] == type) return i;
        throw new InvalidOperationException($"Unknown search entry type {type}.");
    }

    public override IEnumerable<(string Name, byte[] Bytes)> Files() => [(Paths.SearchIndexFile, IndexJson())];
}
