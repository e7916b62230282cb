using Sakip.Core.Search;

namespace Sakip.Site.Pages.Search;

/// <summary>One thing the search finds: its type (<see cref="SearchTypes"/>), title, region, where it belongs (the
/// agency, or the position of an official), the years it appears in, a figure where it has one ("capaian 100,00%
/// (2022)"), the page it links to, and the synonyms its text calls for (<see cref="SearchSynonyms"/>).</summary>
public sealed record SearchEntry(string Type, string Title, string Region, string RegionName, string? Context, List<int> Years, string? Value, string Path)
{
    /// <summary>The synonyms and abbreviations of its words, found by a search but not shown as its title.</summary>
    public List<string> Also { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public string YearsLabel => Years.Count switch
    {
        0 => "",
        1 => Years[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ when Years[^1] - Years[0] == Years.Count - 1 => $"{Years[0]}–{Years[^1]}",
        _ => string.Join(", ", Years),
    };

    /// <summary>The entry with the synonyms of its title and type (not of its context: every indicator of an agency
    /// would repeat the abbreviations of the agency's name).</summary>
    public SearchEntry WithSynonyms() => this with { Also = [.. SearchSynonyms.Expansions(Title + " " + Type)] };
}

/// <summary>The types of entries, in the order the results group them, with the words that name each.</summary>
public static class SearchTypes
{
    public const string Region = "Wilayah";
    public const string Agency = "Perangkat daerah";
    public const string Indicator = "Indikator";
    public const string Goal = "Tujuan dan sasaran";
    public const string Program = "Program";
    public const string Kegiatan = "Kegiatan";
    public const string SubKegiatan = "Sub kegiatan";
    public const string Ppks = "Kategori PPKS";
    public const string Psks = "PSKS";
    public const string Kecamatan = "Kecamatan";
    public const string Official = "Pejabat";
    public const string Document = "Dokumen";

    public static readonly IReadOnlyList<string> Order =
        [Region, Agency, Indicator, Goal, Program, Kegiatan, SubKegiatan, Ppks, Psks, Kecamatan, Official, Document];

    /// <summary>The type of a plan node's level.</summary>
    public static string OfLevel(string level) => level switch
    {
        "PROGRAM" => Program,
        "KEGIATAN" => Kegiatan,
        "SUB_KEGIATAN" => SubKegiatan,
        _ => Goal,
    };
}
