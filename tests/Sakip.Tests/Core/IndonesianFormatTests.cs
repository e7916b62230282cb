using Sakip.Core.Numbers;
using Format = Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Tests.Core;

/// <summary>The one formatter of the API and the site (core/Numbers), without GraphQL or a database.</summary>
public sealed class IndonesianFormatTests
{
    [Theory]
    [InlineData("5783347586", "Rp5.783.347.586")]
    [InlineData("27566450.00", "Rp27.566.450")]
    [InlineData("-201926981", "-Rp201.926.981")]
    [InlineData("1234.5", "Rp1.234,5")]
    public void Rupiah_uses_dots_for_thousands_and_no_space(string value, string expected) =>
        Assert.Equal(expected, Format.Rupiah(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("41.42", "41,42%")]
    [InlineData("69.36240281453698", "69,36%")]
    [InlineData("100", "100,00%")]
    [InlineData("102.66666666666667", "102,67%")]
    public void Percent_has_two_decimals_after_a_comma(string value, string expected) =>
        Assert.Equal(expected, Format.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Missing_figures_are_a_dash_never_zero()
    {
        Assert.Equal("–", Format.Rupiah(null));
        Assert.Equal("–", Format.Percent(null));
        Assert.Equal("–", Format.Number(null));
    }

    [Fact]
    public void Dates_name_the_month_in_Indonesian() =>
        Assert.Equal("2 Januari 2026", Format.Date(new DateOnly(2026, 1, 2)));

    [Fact]
    public void Numbers_keep_up_to_two_decimals() =>
        Assert.Equal("31.356 / 13,32", $"{Format.Number(31356m)} / {Format.Number(13.32m)}");

    [Fact]
    public void A_capaian_trace_writes_its_result_as_the_site_does()
    {
        var result = CapaianRules.Compute(Figure.Number(552, "552"), Figure.Number(1000 * 0.552m * 552 / 1000, "304,704"), Polarity.HigherIsBetter);
        Assert.EndsWith("= " + IndonesianFormat.Percent(result.Value), result.Trace);
        Assert.EndsWith("= 55,20%", result.Trace);
    }

    [Fact]
    public void A_computed_percentage_trace_has_the_two_decimals_of_the_pages() =>
        Assert.Equal("1 / 4 x 100 = 25,00%", ComputedPercent.Of(1, 4, "tertangani", "terdata").Trace);

    [Fact]
    public void A_difference_is_published_minus_computed()
    {
        Assert.Equal(2.5m, Difference.Of(102.5m, 100m));
        Assert.Null(Difference.Of(null, 100m));
    }
}
