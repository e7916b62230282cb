using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Api.Data;

namespace Sakip.Api.Seeding;

/// <summary>
/// Reads a figure written the way the documents print it: "5.783.347.586", "0,50%", "100 %", "17.5%",
/// "Rp. 1.800.000", "12.364.293.866,00", "60 (B)", "BB", "-", and the seed's own "~" for an empty cell.
/// </summary>
public static partial class FigureParser
{
    public const string EmptyCell = "~";

    /// <summary>Returns null for an empty cell (the table does not give the figure).</summary>
    public static Figure? Parse(string? cell, out string? error)
    {
        error = null;
        var published = cell?.Trim() ?? "";
        if (published.Length == 0)
        {
            return null;
        }
        if (published == EmptyCell)
        {
            return Figure.NotReported("sel kosong di tabel sumber", published);
        }
        if (NotRecordedCell().Match(published) is { Success: true } nr)
        {
            // "- [tidak dicatat]" or "- [tidak dicatat: L4534 ...]": the transcriber marks one dash the document explains.
            return Figure.NotRecorded(nr.Groups["reason"].Success ? nr.Groups["reason"].Value.Trim() : "tidak dicatat menurut dokumen", nr.Groups["printed"].Value);
        }
        if (IsDash(published))
        {
            return Figure.Number(0m, published); // the documents print "-" (also "Rp. -") for none
        }
        if (NotAvailable().IsMatch(published))
        {
            return Figure.NotReported($"tercetak '{published}'", published);
        }
        if (GradeOnly().Match(published) is { Success: true } g)
        {
            return Figure.Graded(null, g.Groups["grade"].Value, published);
        }
        if (ScoreAndGrade().Match(published) is { Success: true } sg)
        {
            var score = ParseNumber(sg.Groups["score"].Value, out error);
            return score is null ? null : Figure.Graded(score, sg.Groups["grade"].Value, published);
        }
        var value = ParseNumber(published, out error);
        return value is null ? null : Figure.Number(value.Value, published);
    }

    /// <summary>Parses an Indonesian-notation number, with currency, percent sign and spaces around it.</summary>
    public static decimal? ParseNumber(string text, out string? error)
    {
        error = null;
        var s = Currency().Replace(text.Trim(), "");
        s = s.Replace(" ", "").Replace("\u00a0", "");
        if (s.EndsWith(",-", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        if (s.EndsWith('%'))
        {
            s = s[..^1];
        }
        s = s.Replace("..", "."); // "5.270..420.574" in the Tanah Laut LKjIP
        if (!Numeric().IsMatch(s))
        {
            error = $"'{text}' is not a number, grade, '-' or '~'";
            return null;
        }
        string invariant;
        if (s.Contains(','))
        {
            // Comma is the decimal mark, dots group thousands.
            if (s.Count(c => c == ',') > 1 || !ValidGroups(s[..s.IndexOf(',')]))
            {
                error = $"'{text}' has misplaced separators";
                return null;
            }
            invariant = s.Replace(".", "").Replace(',', '.');
        }
        else if (s.Contains('.'))
        {
            if (ValidGroups(s))
            {
                invariant = s.Replace(".", "");
            }
            else if (s.Count(c => c == '.') == 1)
            {
                invariant = s; // "17.5%": a lone dot not followed by three digits is a decimal mark
            }
            else
            {
                error = $"'{text}' has misplaced separators";
                return null;
            }
        }
        else
        {
            invariant = s;
        }
        return decimal.Parse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>"5.783.347.586": a first group of 1-3 digits, then groups of exactly three.</summary>
    private static bool ValidGroups(string integerPart)
    {
        var groups = integerPart.Split('.');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) || groups.Length == 1;
    }

    [GeneratedRegex(@"^(tdk\.? ada|tidak ada|n/a)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAvailable();

    [GeneratedRegex(@"^(?<grade>AA|A|BB|B|CC|C|D|E)$")]
    private static partial Regex GradeOnly();

    [GeneratedRegex(@"^(?<score>\d+(?:[.,]\d+)?)\s*\((?<grade>AA|A|BB|B|CC|C|D|E)\)$")]
    private static partial Regex ScoreAndGrade();

    /// <summary>A printed "-" (also "Rp. -"): none, unless the document says it was not recorded.</summary>
    public static bool IsDash(string published) => published == "-" || Currency().Replace(published, "").Trim() == "-";

    [GeneratedRegex(@"^(?<printed>\S.*?)\s*\[tidak dicatat(:\s*(?<reason>[^\]]+))?\]$", RegexOptions.IgnoreCase)]
    private static partial Regex NotRecordedCell();

    /// <summary>"Rp", "Rp.", "Rp. Rp. " (a document prints the prefix twice once): read as one currency mark.</summary>
    [GeneratedRegex(@"^(Rp\.?\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();

    [GeneratedRegex(@"^[0-9][0-9.,]*$")]
    private static partial Regex Numeric();
}
