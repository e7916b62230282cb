namespace Sakip.Site.Pages.DocumentQuality;

/// <summary>The reconciliation checks (the API's FindingKind values, in schema order) and what each compares, in words.</summary>
public static class FindingKinds
{
    public static readonly IReadOnlyList<string> All =
    [
        "CHILDREN_BUDGET_SUM", "PERIOD_TARGETS_VS_ANNUAL", "TARGET_ACROSS_TABLES", "BUDGET_ACROSS_TABLES",
        "CAPAIAN_RECOMPUTED", "STATED_TOTAL", "PERCENTAGE_RECOMPUTED", "STATISTIC_ACROSS_TABLES",
        "NARRATIVE_VS_TABLES", "KRITERIA_RECOMPUTED",
    ];

    public static string Checks(string kind) => kind switch
    {
        "CHILDREN_BUDGET_SUM" => "Anggaran yang tercetak untuk perangkat daerah, sasaran, program atau kegiatan dibandingkan dengan jumlah anggaran rinciannya.",
        "PERIOD_TARGETS_VS_ANNUAL" => "Target bulanan atau triwulanan, dijumlahkan atau diambil nilai periode terakhirnya, dibandingkan dengan target tahunan.",
        "TARGET_ACROSS_TABLES" => "Target indikator yang sama untuk tahun yang sama dibandingkan antartabel.",
        "BUDGET_ACROSS_TABLES" => "Anggaran atau realisasi program dan kegiatan yang sama dibandingkan antartabel.",
        "CAPAIAN_RECOMPUTED" => "Capaian tercetak dibandingkan dengan capaian yang dihitung ulang dari target dan realisasi.",
        "STATED_TOTAL" => "Baris jumlah (JUMLAH/TOTAL) tercetak dibandingkan dengan jumlah baris-baris tabelnya.",
        "PERCENTAGE_RECOMPUTED" => "Persentase tercetak dibandingkan dengan hasil hitung ulang dari angka pada baris yang sama.",
        "STATISTIC_ACROSS_TABLES" => "Angka statistik yang sama dibandingkan antartabel atau antarrincian.",
        "NARRATIVE_VS_TABLES" => "Angka yang dinyatakan dalam narasi dokumen (pagu, realisasi, target, capaian, jumlah program atau sasaran, data PPKS) dibandingkan dengan angka yang dinyatakan atau tersirat dalam tabel-tabelnya.",
        "KRITERIA_RECOMPUTED" => "Kriteria capaian yang tercetak dibandingkan dengan kelas capaian yang dihitung ulang pada skala daerahnya.",
        _ => "Pemeriksaan lain.",
    };

    /// <summary>A difference in the notation of what the check compares: Rupiah for budgets, percentage points for percentages.</summary>
    public static string Difference(string kind, decimal? difference) => difference is not { } d
        ? kind == "KRITERIA_RECOMPUTED" ? "kriteria berbeda" : "tidak dapat dihitung (bukan angka)"
        : kind switch
        {
            "CHILDREN_BUDGET_SUM" or "BUDGET_ACROSS_TABLES" => Format.Rupiah(d),
            "CAPAIAN_RECOMPUTED" or "PERCENTAGE_RECOMPUTED" => Format.Number(d, 4) + " poin persen",
            _ => Format.Number(d, 4),
        };
}
