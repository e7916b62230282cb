using Microsoft.EntityFrameworkCore;
using Sakip.Api.Reconciliation;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Reconciliation;

/// <summary>
/// The figures the documents state in their prose (the N-NARASI tables) are compared with their tables: the known
/// disagreements are found, each with both figures as printed and where, and a figure the tables agree with is not.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class NarrativeFigureTests(DatabaseFixture fixture)
{
    private async Task<List<Finding>> NarrativeFindingsAsync()
    {
        await using var db = fixture.CreateContext();
        return await db.Findings.AsNoTracking().Where(f => f.Kind == FindingKind.NarrativeVsTables).ToListAsync();
    }

    private async Task<Finding> FindAsync(string subject, string stated, string compared, string statedLines)
    {
        var findings = await NarrativeFindingsAsync();
        var found = findings.Where(f => f.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase) && f.StatedText == stated && f.ComparedText == compared).ToList();
        Assert.True(found.Count == 1, $"Not one narrative finding on '{subject}' with {stated} against {compared}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, findings.Select(f => $"  {f.Subject}: {f.StatedText} vs {f.ComparedText} ({f.StatedSource})")));
        Assert.Equal($"tanahlaut-lkjip-2022/N-NARASI {statedLines}", found[0].StatedSource);
        return found[0];
    }

    [Fact]
    public async Task The_LKjIP_counts_10_sasaran_and_5_programs_where_its_tables_list_13_and_6()
    {
        var sasaran = await FindAsync("jumlah sasaran", "10", "13", "L21-23");
        Assert.Contains("T-TUJUAN-SASARAN-2022", sasaran.ComparedSource);
        await FindAsync("jumlah program", "5", "6", "L23-27");
        await FindAsync("jumlah kegiatan", "14", "12", "L3741-3743");
    }

    [Fact]
    public async Task The_supporting_programs_ceiling_and_realisation_in_the_text_disagree_with_the_table_beside_them()
    {
        var pagu = await FindAsync("pagu anggaran tabel T-REALISASI-PROGRAM-PENUNJANG", "Rp. Rp. 9.161.495.073,00", "Rp. 12.364.293.866,00", "L7349-7353");
        Assert.Equal(-3_202_798_793m, pagu.Difference);
        Assert.Contains("T-REALISASI-PROGRAM-PENUNJANG L7463", pagu.ComparedSource);
        await FindAsync("realisasi anggaran tabel T-REALISASI-PROGRAM-PENUNJANG", "Rp. 5.300.073.352", "Rp. 8.406.170.752,00", "L7353-7355");
        await FindAsync("penyerapan anggaran tabel T-REALISASI-PROGRAM-PENUNJANG", "57,85 %", "67,99%", "L7353-7355");
    }

    [Fact]
    public async Task An_indicator_realisation_the_text_gives_differently_from_its_table_is_found()
    {
        await FindAsync("realisasi Persentase Lanjut Usia Terlantar dan Penyandang Disabilitas", "9,42 %", "18,43%", "L5750-5754");
    }

    [Fact]
    public async Task Figures_the_tables_agree_with_are_not_findings()
    {
        var findings = await NarrativeFindingsAsync();
        // 41,42 (PMKS tertangani), the 18.750.069.515 ceiling (the sum of the six programs), "lebih dari 100 %" (102,67%).
        Assert.DoesNotContain(findings, f => f.StatedText is "41,42" or "Rp. 18.750.069.515" || f.StatedSource.EndsWith("L6087-6091"));
        Assert.Equal(11, findings.Count);
    }
}
