namespace Sakip.Site.Rendering;

/// <summary>Indonesian names of the API's enum values.</summary>
public static class Labels
{
    public static string DocumentKind(string kind) => kind switch
    {
        "RAK" => "Rencana Aksi Kinerja (RAK)",
        "LKJIP" => "Laporan Kinerja (LKjIP)",
        "PK" => "Perjanjian Kinerja (PK)",
        "RENSTRA" => "Rencana Strategis (Renstra)",
        _ => kind,
    };

    public static string DocumentShort(string kind) => kind switch { "LKJIP" => "LKjIP", "RENSTRA" => "Renstra", _ => kind };

    public static string Level(string level) => level switch
    {
        "MISI" => "Misi RPJMD",
        "RPJMD_TUJUAN" => "Tujuan RPJMD",
        "RPJMD_SASARAN" => "Sasaran RPJMD",
        "TUJUAN" => "Tujuan",
        "SASARAN" => "Sasaran",
        "PROGRAM" => "Program",
        "KEGIATAN" => "Kegiatan",
        "SUB_KEGIATAN" => "Sub kegiatan",
        _ => level,
    };

    public static string IndicatorKind(string kind) => kind switch
    {
        "IKU" => "IKU (Indikator Kinerja Utama)",
        "IKK" => "IKK (Indikator Kinerja Kunci)",
        "RPJMD" => "Indikator RPJMD",
        _ => "Indikator " + Level(kind).ToLowerInvariant(),
    };

    public static string Polarity(string polarity) => polarity switch
    {
        "LOWER_IS_BETTER" => "Makin rendah makin baik",
        _ => "Makin tinggi makin baik",
    };

    public static string Aggregation(string? aggregation) => aggregation switch
    {
        "SUM" => "Dijumlahkan antarperiode",
        "LAST" => "Nilai periode terakhir",
        "AVERAGE" => "Rata-rata antarperiode",
        _ => Format.Missing,
    };

    public static string Category(string? category) => category switch
    {
        "SANGAT_TINGGI" => "Sangat tinggi",
        "TINGGI" => "Tinggi",
        "SEDANG" => "Sedang",
        "RENDAH" => "Rendah",
        "SANGAT_RENDAH" => "Sangat rendah",
        _ => Format.Missing,
    };

    /// <summary>
    /// Why a figure has no value, in words: "tidak dicatat" where the document says a "-" means no data was recorded
    /// (never 0), else "tidak dilaporkan" with the reason or what was printed.
    /// </summary>
    public static string Absent(string state, string? reason, string? published = null) => state switch
    {
        "NOT_RECORDED" => "tidak dicatat",
        _ when reason is { Length: > 0 } => $"tidak dilaporkan ({reason})",
        _ when published is { Length: > 0 } => $"tidak dilaporkan (tercetak “{published}”)",
        _ => "tidak dilaporkan",
    };

    public static string CapaianState(string state) => state switch
    {
        "NOT_REPORTED" => "Realisasi tidak dilaporkan",
        "NOT_COMPUTABLE" => "Tidak dapat dihitung",
        _ => "Dihitung",
    };

    public static string FindingKind(string kind) => kind switch
    {
        "CHILDREN_BUDGET_SUM" => "Jumlah anggaran rincian",
        "PERIOD_TARGETS_VS_ANNUAL" => "Target periode vs target tahunan",
        "TARGET_ACROSS_TABLES" => "Target antartabel",
        "BUDGET_ACROSS_TABLES" => "Anggaran antartabel",
        "CAPAIAN_RECOMPUTED" => "Capaian dihitung ulang",
        "STATED_TOTAL" => "Jumlah tercetak",
        "PERCENTAGE_RECOMPUTED" => "Persentase dihitung ulang",
        "STATISTIC_ACROSS_TABLES" => "Statistik antartabel",
        "NARRATIVE_VS_TABLES" => "Narasi dan tabel",
        "KRITERIA_RECOMPUTED" => "Kriteria dihitung ulang",
        _ => kind,
    };

    public static string UnitKind(string kind) => kind switch
    {
        "PIMPINAN" => "Pimpinan",
        "SEKRETARIAT" => "Sekretariat",
        "SUBBAGIAN" => "Subbagian",
        "BIDANG" => "Bidang",
        "SEKSI" => "Seksi",
        "SUBKOORDINATOR" => "Subkoordinator",
        "UPTD" => "UPTD",
        "FUNGSIONAL" => "Fungsional",
        _ => kind,
    };

    public static string Period(string periodKind, int periodNo) => periodKind switch
    {
        "MONTH" => Format.MonthName(periodNo),
        "QUARTER" => Format.Quarter(periodNo),
        _ => "Tahunan",
    };

    /// <summary>
    /// Where a figure is in the printed document, as a reader looks it up: "Tabel 3.2, hlm. 27"; the number alone when
    /// the page is not known; a table without a number by its caption ("tabel “Rekapitulasi Data PPKS …”, hlm. 5").
    /// The one wording of a citation: every page cites through here.
    /// </summary>
    public static string Source(string? tableNumber, string caption, string? page)
    {
        var table = tableNumber is { Length: > 0 } n ? n : $"tabel “{Short(caption)}”";
        return page is { Length: > 0 } p ? $"{table}, hlm. {p}" : table;
    }

    /// <summary>Where the transcription holds a figure: "transkripsi T3.2, baris 4350–4352, tercetak “Rp. 4.712.818.176”".</summary>
    public static string SourceRef(string tableKey, int lineFrom, int lineTo, string? published = null) =>
        $"transkripsi {tableKey}, baris {lineFrom}{(lineTo > lineFrom ? "–" + lineTo : "")}"
        + (published is { Length: > 0 } ? $", tercetak “{string.Join(' ', published.Split(' ', StringSplitOptions.RemoveEmptyEntries))}”" : "");

    /// <summary>The anchor of a table's row on its document's data-quality page.</summary>
    public static string TableAnchor(string documentKey, string tableKey) => $"/dokumen/{documentKey}/#{TableAnchorId(tableKey)}";

    public static string TableAnchorId(string tableKey) => "sumber-" + tableKey;

    /// <summary>What the document's original publication leaves unknown is said so, never left blank.</summary>
    public const string Unknown = "tidak diketahui";

    /// <summary>A caption short enough to cite: cut at a word before 80 characters (long enough to tell a table from its
    /// copy in the appendix, "… Tahun 2022 (lampiran)").</summary>
    static string Short(string caption)
    {
        if (caption.Length <= 80) return caption;
        var cut = caption.LastIndexOf(' ', 77);
        return caption[..(cut > 20 ? cut : 77)].TrimEnd(',', ' ') + " …";
    }
}
