using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sakip.Api.Data;
using Sakip.Api.Seeding;

namespace Sakip.Generator;

/// <summary>Printed figures: parsing as the loader does, and writing a new value in a template cell's own notation.</summary>
public static partial class Notation
{
    [GeneratedRegex(@"\d(?:[\d.,]*\d)?")]
    private static partial Regex NumberPart();

    public static Figure? Parse(string? text) => string.IsNullOrEmpty(text) ? null : FigureParser.Parse(text, out _);

    /// <summary>A plain number (not a grade, not "not reported").</summary>
    public static decimal? Number(string? text) => Parse(text) is { IsNumber: true, Grade: null } f ? f.Value : null;

    /// <summary>Decimals the printed figure shows, read the way the reconciliation reads them.</summary>
    public static int Decimals(string published)
    {
        var m = NumberPart().Match(published);
        if (!m.Success)
        {
            return 0;
        }
        var core = m.Value;
        var comma = core.LastIndexOf(',');
        if (comma >= 0)
        {
            return core.Length - comma - 1;
        }
        if (core.Count(c => c == '.') == 1 && core.Length - core.IndexOf('.') - 1 != 3)
        {
            return core.Length - core.IndexOf('.') - 1;
        }
        return 0;
    }

    /// <summary>One unit of the printed figure's last decimal (as Reconciler.Unit).</summary>
    public static decimal Unit(string published)
    {
        var unit = 1m;
        for (var i = Decimals(published); i > 0; i--)
        {
            unit /= 10;
        }
        return unit;
    }

    /// <summary>Writes <paramref name="value"/> in the notation of <paramref name="template"/>: prefix, suffix, grouping, decimal mark and decimals.</summary>
    public static string Reformat(string template, decimal value)
    {
        var m = NumberPart().Match(template);
        if (!m.Success)
        {
            return template;
        }
        var core = m.Value;
        var decimals = Decimals(template);
        var mark = core.LastIndexOf(',') >= 0 ? ',' : decimals > 0 ? '.' : ',';
        var grouped = mark == ',' && core.Contains('.');
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var negative = rounded < 0;
        var digits = Math.Abs(rounded).ToString("F" + decimals, CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.');
        var integer = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "" : digits[(point + 1)..];
        var text = new StringBuilder();
        if (negative)
        {
            text.Append('-');
        }
        if (grouped)
        {
            for (var i = 0; i < integer.Length; i++)
            {
                if (i > 0 && (integer.Length - i) % 3 == 0)
                {
                    text.Append('.');
                }
                text.Append(integer[i]);
            }
        }
        else
        {
            text.Append(integer);
        }
        if (decimals > 0)
        {
            text.Append(mark).Append(fraction);
        }
        return string.Concat(template.AsSpan(0, m.Index), text.ToString(), template.AsSpan(m.Index + m.Length));
    }

    /// <summary>The reconciliation's "same published figure": equal numbers, or equal grades.</summary>
    public static bool Same(Figure a, Figure b) =>
        a.Grade is not null || b.Grade is not null
            ? a.Grade == b.Grade && (a.Value is null || b.Value is null || a.Value == b.Value)
            : a.Value == b.Value;

    /// <summary>A printed figure agrees with a computed one within one unit of its last printed decimal.</summary>
    public static bool AgreesWithin(Figure printed, decimal computed) =>
        printed.Value is { } p && Math.Abs(p - computed) < Unit(printed.Published);
}
