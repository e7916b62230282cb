using Microsoft.EntityFrameworkCore;
using Sakip.Api.Reconciliation;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Reconciliation;

/// <summary>
/// The reconciliation finds the disagreements the documents are known to contain. Each case names the two
/// figures as the documents print them and where.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class KnownDisagreementTests(DatabaseFixture fixture)
{
    private async Task<Finding> FindAsync(FindingKind kind, string subject, string stated, string compared)
    {
        await using var db = fixture.CreateContext();
        var candidates = await db.Findings.AsNoTracking().Where(f => f.Kind == kind).ToListAsync();
        var found = candidates.Where(f => f.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase)
            && f.StatedText == stated && f.ComparedText == compared).ToList();
        Assert.True(found.Count > 0,
            $"No {kind} finding on '{subject}' with {stated} against {compared}. Findings of that kind:{Environment.NewLine}"
            + string.Join(Environment.NewLine, candidates.Select(f => $"  {f.Subject}: {f.StatedText} vs {f.ComparedText}")));
        return found[0];
    }

    [Fact]
    public async Task Tanah_Laut_PMKS_mandiri_target_is_30_in_the_strategic_table_but_25_in_Tabel_3_2()
    {
        var finding = await FindAsync(FindingKind.TargetAcrossTables, "PMKS yang menjadi mandiri", "25", "30%");
        Assert.Contains("tanahlaut-lkjip-2022/T3.2", finding.StatedSource);
        Assert.Contains("tanahlaut-lkjip-2022/T-TUJUAN-SASARAN-2022", finding.ComparedSource);
        Assert.Equal(-5m, finding.Difference);
    }

    [Fact]
    public async Task Tanah_Laut_KUBE_target_is_80_in_the_Renstra_but_100_percent_for_2022()
    {
        await FindAsync(FindingKind.TargetAcrossTables, "KUBE", "80", "100%");
    }

    [Fact]
    public async Task Tanah_Laut_AKIP_target_is_graded_BB_but_A_in_the_Renstra_and_80_in_a_PK()
    {
        await FindAsync(FindingKind.TargetAcrossTables, "Akuntabilitas Kinerja", "A", "BB");
        await FindAsync(FindingKind.TargetAcrossTables, "Akuntabilitas Kinerja", "80", "BB");
    }

    [Fact]
    public async Task Tanah_Laut_lansia_and_disabilitas_target_is_40_percent_in_the_capaian_table()
    {
        await FindAsync(FindingKind.TargetAcrossTables, "Lanjut Usia Terlantar dan Penyandang Disabilitas", "40%", "100%");
    }

    [Fact]
    public async Task Seruyan_graduation_target_is_1_5_in_the_PK_but_2_percent_in_the_RAK_matrix()
    {
        var finding = await FindAsync(FindingKind.TargetAcrossTables, "Tergraduasi dari Kemiskinan", "2%", "1,5");
        Assert.Contains("seruyan-rak-2026/T2.6 L785", finding.StatedSource);
        Assert.Contains("seruyan-rak-2026/T2.5-PK-EsIII L625", finding.ComparedSource);
    }

    [Fact]
    public async Task Seruyan_rehabilitation_budgets_differ_by_200_000_between_the_cascade_and_the_RAK_matrix()
    {
        var program = await FindAsync(FindingKind.BudgetAcrossTables, "Program Rehabilitasi Sosial", "166.078.000", "165.878.000");
        Assert.Equal(200_000m, program.Difference);
        await FindAsync(FindingKind.BudgetAcrossTables, "Rehabilitasi Sosial Dasar", "161.544.000", "161.344.000");
    }

    [Fact]
    public async Task Seruyan_budget_ceiling_differs_from_the_sum_of_the_cascade_programs()
    {
        var finding = await FindAsync(FindingKind.ChildrenBudgetSum, "Pagu perangkat daerah", "Rp. 5.783.347.586", "5.985.274.567");
        Assert.Contains("jumlah pagu 7 program di seruyan-rak-2026/T2.5-Cascading", finding.ComparedSource);
    }

    [Fact]
    public async Task Seruyan_staff_by_sex_add_up_to_43_but_by_status_to_42()
    {
        await FindAsync(FindingKind.StatisticAcrossTables, "menurut jenis kelamin", "43", "42");
    }

    [Fact]
    public async Task Tanah_Laut_PNS_total_27_is_not_the_sum_of_the_rank_rows()
    {
        await FindAsync(FindingKind.StatedTotal, "T-SDM: total kolom count", "27", "24");
    }

    [Fact]
    public async Task Tanah_Laut_donation_realisation_is_nil_in_one_table_and_1_800_000_in_another()
    {
        await FindAsync(FindingKind.BudgetAcrossTables, "Pengumpulan Sumbangan", "Rp. -", "Rp. 1.800.000");
    }

    [Fact]
    public async Task Tanah_Laut_aid_total_share_is_not_the_share_of_the_totals()
    {
        // 4967 / 6753 x 100 = 73,55%, printed 73,78%.
        await FindAsync(FindingKind.PercentageRecomputed, "Baris jumlah: persentase tersalur", "73,78%", "73,5525%");
    }

    [Fact]
    public async Task Tanah_Laut_aid_recipients_per_kecamatan_differ_between_stage_I_and_the_combined_recap()
    {
        await FindAsync(FindingKind.StatisticAcrossTables, "PELAIHARI: penerima", "1481", "1433");
    }

    [Fact]
    public async Task Printed_capaian_that_agrees_with_realisation_over_target_is_no_finding()
    {
        // 13,32 / 25 x 100 = 53,28 and 18,43 / 40 x 100 = 46,075 printed 46,07: both agree within the printed decimals.
        await using var db = fixture.CreateContext();
        var capaian = await db.Findings.AsNoTracking().Where(f => f.Kind == FindingKind.CapaianRecomputed).ToListAsync();
        Assert.DoesNotContain(capaian, f => f.StatedText is "53,28" or "53,28%" or "46,07%" or "41,42%" or "245,05");
    }
}
