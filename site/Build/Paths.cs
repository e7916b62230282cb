using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Sakip.Site.Build;

/// <summary>The site's permalinks: built from codes and keys that do not change between builds (never from row ids).</summary>
public static partial class Paths
{
    public const string Home = "/";
    public const string Method = "/metode/";
    public const string Search = "/cari/";
    /// <summary>The open-data page: the bulk download of every table and how the downloads are made.</summary>
    public const string Data = "/data/";
    public const string About = "/tentang/";
    public const string Glossary = "/glosarium/";

    public static string SearchRegion(string code) => $"{Search}wilayah/{RegionSlug(code)}/";
    public const string SearchIndexFile = "indeks.json";

    public static string RegionSlug(string code) => code.Replace('.', '-');
    public static string Region(string code) => $"/wilayah/{RegionSlug(code)}/";
    public static string Statistics(string code, int year) => $"{Region(code)}statistik/{year}/";
    public static string Agency(string code, string agency) => $"{Region(code)}{agency}/";
    public static string Rak(string code, string agency, int year) => $"{Agency(code, agency)}{year}/rak/";
    public static string Lkjip(string code, string agency, int year) => $"{Agency(code, agency)}{year}/lkjip/";
    public static string PerformanceBudget(string code, string agency, int year) => $"{Agency(code, agency)}{year}/kinerja-anggaran/";
    public static string Indicator(string code, string agency, string indicator) => $"{Agency(code, agency)}indikator/{indicator}/";
    public static string Document(string key) => $"/dokumen/{key}/";

    /// <summary>The comparison across regions of the indicators of one name (<see cref="IndicatorComparisons.Normal"/>).</summary>
    public static string IndicatorComparison(string normalName) => $"/perbandingan/indikator/{Slug(normalName)}/";

    /// <summary>The comparison across regions of the PPKS categories of one name.</summary>
    public static string PpksComparison(string normalName) => $"/perbandingan/ppks/{Slug(normalName)}/";

    /// <summary>A name as a readable address part that stays the same while the name does: its words (without accents,
    /// at most 60 characters) and the start of its hash, so two names that read alike never share an address.</summary>
    public static string Slug(string name)
    {
        var plain = new string(name.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        var words = NotWord().Replace(plain.ToLowerInvariant(), "-").Trim('-');
        if (words.Length > 60) words = words[..60].TrimEnd('-');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..6];
        return words.Length == 0 ? hash : $"{words}-{hash}";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
