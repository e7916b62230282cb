using Sakip.Api.Data;
using Sakip.Api.Plan;
using Sakip.Api.Seeding;

namespace Sakip.Tests.Plan;

public sealed class CapaianRulesTests
{
    private static Figure F(string published) => FigureParser.Parse(published, out _)!;

    [Fact]
    public void Higher_is_better_is_realisation_over_target()
    {
        var result = CapaianRules.Compute(F("25"), F("13,32"), Polarity.HigherIsBetter);
        Assert.Equal(CapaianState.Computed, result.State);
        Assert.Equal(53.28m, Math.Round(result.Value!.Value, 2));
        Assert.Equal(CapaianCategory.Rendah, result.Category); // 51 to 65: rendah
        Assert.Equal("13,32 / 25 x 100 = 53,28%", result.Trace);
        Assert.Equal(CapaianRules.HigherSource, result.Source);
    }

    [Fact]
    public void Capaian_above_100_is_kept_unless_capped()
    {
        Assert.Equal(245.05m, Math.Round(CapaianRules.Compute(F("20"), F("49,01"), Polarity.HigherIsBetter).Value!.Value, 2));
        var capped = CapaianRules.Compute(F("20"), F("49,01"), Polarity.HigherIsBetter, capAt100: true);
        Assert.Equal(100m, capped.Value);
        Assert.EndsWith("dibatasi 100%", capped.Trace);
    }

    [Fact]
    public void Lower_is_better_uses_the_inverse_formula()
    {
        // Poverty rate target 6,36%, realised 5,5%: (2 - 5,5 / 6,36) x 100 = 113,52%.
        var result = CapaianRules.Compute(F("6,36%"), F("5,5%"), Polarity.LowerIsBetter);
        Assert.Equal(113.52m, Math.Round(result.Value!.Value, 2));
        Assert.Equal("(2 - realisasi / target) x 100", result.Formula);
    }

    [Fact]
    public void A_missing_realisation_is_not_reported_never_zero_or_100()
    {
        Assert.Equal(CapaianState.NotReported, CapaianRules.Compute(F("100%"), null, Polarity.HigherIsBetter).State);
        var empty = CapaianRules.Compute(F("100%"), F("~"), Polarity.HigherIsBetter);
        Assert.Equal(CapaianState.NotReported, empty.State);
        Assert.Null(empty.Value);
    }

    [Fact]
    public void A_zero_target_is_not_computable()
    {
        var result = CapaianRules.Compute(F("0%"), F("0%"), Polarity.HigherIsBetter);
        Assert.Equal(CapaianState.NotComputable, result.State);
        Assert.Contains("bernilai nol", result.Trace);
    }

    [Theory]
    [InlineData("BB", "BB", "100")]
    [InlineData("BB", "A", "120")]
    [InlineData("60 (B)", "CC", "75")]
    public void Grade_targets_are_compared_on_the_grade_scale(string target, string realisation, string expected)
    {
        var result = CapaianRules.Compute(F(target), F(realisation), Polarity.HigherIsBetter);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
        Assert.Equal(CapaianRules.GradeSource, result.Source);
    }

    [Fact]
    public void A_grade_against_a_number_is_not_computable() =>
        Assert.Equal(CapaianState.NotComputable, CapaianRules.Compute(F("BB"), F("80"), Polarity.HigherIsBetter).State);

    [Theory]
    [InlineData("100", CapaianCategory.SangatTinggi)]
    [InlineData("91", CapaianCategory.SangatTinggi)]
    [InlineData("90.99", CapaianCategory.Tinggi)]
    [InlineData("76", CapaianCategory.Tinggi)]
    [InlineData("75.5", CapaianCategory.Sedang)]
    [InlineData("66", CapaianCategory.Sedang)]
    [InlineData("51", CapaianCategory.Rendah)]
    [InlineData("50.99", CapaianCategory.SangatRendah)]
    public void The_default_scale_is_Permendagri_86_2017(string capaian, CapaianCategory category) =>
        Assert.Equal(category, CapaianScale.Permendagri86.Categorise(decimal.Parse(capaian, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_region_can_use_its_own_scale()
    {
        var strict = CapaianScale.FiveBands("Contoh daerah", "Peraturan daerah", 95, 85, 70, 55);
        Assert.Equal(CapaianCategory.Tinggi, CapaianRules.Compute(F("100"), F("91"), Polarity.HigherIsBetter, strict).Category);
        Assert.Equal(CapaianCategory.SangatTinggi, CapaianRules.Compute(F("100"), F("91"), Polarity.HigherIsBetter).Category);
    }

    private static readonly CapaianScale ThreeClasses = new("Kriteria daerah", "Peraturan bupati",
        [new("Terlampaui Target", 100, Above: true), new("Tercapai Target", 100), new("Target Tidak Tercapai", null)]) { Cap = 100 };

    [Theory]
    [InlineData("50", "55", "Terlampaui Target")]
    [InlineData("80", "80", "Tercapai Target")]
    [InlineData("90", "72", "Target Tidak Tercapai")]
    public void A_three_class_scale_names_the_class_by_the_regions_label_and_has_no_Permendagri_category(string target, string realisation, string kriteria)
    {
        var result = CapaianRules.Compute(F(target), F(realisation), Polarity.HigherIsBetter, ThreeClasses);
        Assert.Equal(kriteria, result.Kriteria);
        Assert.Null(result.Category);
    }

    [Fact]
    public void A_capped_capaian_is_classed_by_its_uncapped_value()
    {
        // 55 of 50 is 110%: reported as the cap, 100, yet it exceeded the target, as the region's own tables print.
        var result = CapaianRules.Compute(F("50"), F("55"), Polarity.HigherIsBetter, ThreeClasses);
        Assert.Equal(100m, result.Value);
        Assert.Equal("Terlampaui Target", result.Kriteria);
        Assert.EndsWith("= 110,00%, dibatasi 100% (batas capaian daerah)", result.Trace);
    }

    [Fact]
    public void The_default_scale_names_its_five_classes() =>
        Assert.Equal("Sedang", CapaianRules.Compute(F("100"), F("70"), Polarity.HigherIsBetter).Kriteria);

    [Theory]
    [InlineData("a scale needs at least two classes", "Satu:")]
    [InlineData("is not above", "A:100", "B:100", "C:")]
    [InlineData("is not above", "A:90", "B:95", "C:")]
    [InlineData("takes no bound", "A:90", "B:50")]
    [InlineData("needs a lower bound", "A:", "B:")]
    [InlineData("more than one class", "A:>100", "a:100", "C:")]
    public void A_scale_that_cannot_class_every_capaian_is_refused_with_the_reason(string reason, params string[] classes)
    {
        var parsed = classes.Select(c => c.Split(':')).Select(p => new CapaianClass(p[0],
            p[1].Length == 0 ? null : decimal.Parse(p[1].TrimStart('>'), System.Globalization.CultureInfo.InvariantCulture), p[1].StartsWith('>'))).ToList();
        Assert.Contains(reason, CapaianScale.Problem(parsed));
    }

    [Fact]
    public void A_scale_may_put_an_exclusive_bound_above_an_inclusive_one_at_the_same_value() =>
        Assert.Null(CapaianScale.Problem(ThreeClasses.Classes));
}
