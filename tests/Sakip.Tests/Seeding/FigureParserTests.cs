using Sakip.Api.Data;
using Sakip.Api.Seeding;

namespace Sakip.Tests.Seeding;

public sealed class FigureParserTests
{
    [Theory]
    [InlineData("5.783.347.586", "5783347586")]
    [InlineData("0,50%", "0.50")]
    [InlineData("100 %", "100")]
    [InlineData("17.5%", "17.5")]
    [InlineData("7.714", "7714")]
    [InlineData("39.500", "39500")]
    [InlineData("1694", "1694")]
    [InlineData("1,5", "1.5")]
    [InlineData("Rp. 1.800.000", "1800000")]
    [InlineData("Rp                   6.021.000.000", "6021000000")]
    [InlineData("Rp. 12.364.293.866,00", "12364293866.00")]
    [InlineData("Rp. Rp. 9.161.495.073,00", "9161495073.00")]
    [InlineData("Rp. 56.700.000,-", "56700000")]
    [InlineData("5.270..420.574", "5270420574")]
    [InlineData("-", "0")]
    [InlineData("Rp. -", "0")]
    public void Reads_Indonesian_numbers_as_published(string cell, string expected)
    {
        var figure = FigureParser.Parse(cell, out var error);
        Assert.Null(error);
        Assert.Equal(FigureState.Reported, figure!.State);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(cell.Trim(), figure.Published);
    }

    [Theory]
    [InlineData("- [tidak dicatat]", "tidak dicatat menurut dokumen")]
    [InlineData("- [tidak dicatat: L4534 hanya 8 jenis terdata]", "L4534 hanya 8 jenis terdata")]
    public void A_dash_marked_not_recorded_is_not_zero(string cell, string reason)
    {
        var figure = FigureParser.Parse(cell, out var error);
        Assert.Null(error);
        Assert.Equal((FigureState.NotRecorded, (decimal?)null, "-", reason), (figure!.State, figure.Value, figure.Published, figure.Reason));
    }

    [Theory]
    [InlineData("60 (B)", "60", "B")]
    [InlineData("58 (CC)", "58", "CC")]
    [InlineData("BB", null, "BB")]
    [InlineData("A", null, "A")]
    public void Reads_grades_with_and_without_a_score(string cell, string? score, string grade)
    {
        var figure = FigureParser.Parse(cell, out var error);
        Assert.Null(error);
        Assert.Equal(grade, figure!.Grade);
        Assert.Equal(score is null ? null : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
    }

    [Theory]
    [InlineData("~", "sel kosong di tabel sumber")]
    [InlineData("tdk ada", "tercetak 'tdk ada'")]
    [InlineData("n/a", "tercetak 'n/a'")]
    public void Keeps_not_reported_apart_from_zero(string cell, string reason)
    {
        var figure = FigureParser.Parse(cell, out _);
        Assert.Equal(FigureState.NotReported, figure!.State);
        Assert.Null(figure.Value);
        Assert.Equal(reason, figure.Reason);
    }

    [Fact]
    public void An_empty_cell_is_no_figure_at_all() => Assert.Null(FigureParser.Parse("  ", out _));

    [Theory]
    [InlineData("12x")]
    [InlineData("1.23.4")]
    [InlineData("1,2,3")]
    [InlineData("seratus")]
    public void Rejects_what_is_not_a_figure_with_a_reason(string cell)
    {
        Assert.Null(FigureParser.Parse(cell, out var error));
        Assert.Contains(cell, error);
    }
}
