using ClosedXML.Excel;

namespace Sakip.Api.Workbooks;

/// <summary>How the writer puts text into sheets: every cell as text, header rows bold and frozen, drop-down lists.</summary>
internal static class SheetWriting
{
    /// <summary>Rows below the last written one that still get a column's drop-down list and text format, for rows added in Excel.</summary>
    private const int SpareRows = 500;

    /// <summary>
    /// Writes a value as text, never as what Excel would make of it: "0063", "72,51%", "6282-6307" and "1" stay the
    /// characters they are (SetValue of a string stores a string, where the Value setter would parse it).
    /// </summary>
    public static void Text(IXLCell cell, string value)
    {
        cell.Style.NumberFormat.Format = "@";
        if (value.Length > 0)
        {
            cell.SetValue(value);
            cell.DataType = XLDataType.Text;
        }
    }

    /// <summary>Columns formatted as text (what Excel applies to a cell typed into later), with widths from their longest text.</summary>
    public static void FormatColumns(IXLWorksheet sheet, int columns, int maxWidth = 50)
    {
        for (var c = 1; c <= columns; c++)
        {
            var column = sheet.Column(c);
            column.Style.NumberFormat.Format = "@";
            var longest = column.CellsUsed().Select(x => x.GetString().Split('\n').Max(l => l.Length)).DefaultIfEmpty(0).Max();
            column.Width = Math.Clamp(longest + 2, 8, maxWidth);
        }
    }

    public static void Header(IXLWorksheet sheet, int row, int columns)
    {
        var range = sheet.Range(row, 1, row, Math.Max(columns, 1));
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        sheet.SheetView.FreezeRows(row);
    }

    /// <summary>A drop-down list on a column below its header: only these values are accepted (an empty cell still is).</summary>
    public static void List(IXLWorksheet sheet, int column, int headerRow, int lastRow, IReadOnlyList<string> values)
    {
        var range = sheet.Range(headerRow + 1, column, Math.Max(lastRow, headerRow) + SpareRows, column);
        var validation = range.SetDataValidation();
        validation.IgnoreBlanks = true;
        validation.List("\"" + string.Join(",", values) + "\"", true);
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ShowErrorMessage = true;
        validation.ErrorTitle = "Nilai tidak dikenal";
        validation.ErrorMessage = $"Pilih salah satu: {string.Join(", ", values)}";
    }

    /// <summary>The column letter Excel shows (A, B, ..., AA).</summary>
    public static string Letter(int column) => XLHelper.GetColumnLetterFromNumber(column);
}
