namespace Sakip.Site.Build;

/// <summary>The site's permalinks: built from codes and keys that do not change between builds (never from row ids).</summary>
public static class Paths
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
}
