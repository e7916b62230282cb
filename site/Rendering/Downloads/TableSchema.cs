namespace Sakip.Site.Rendering.Downloads;

/// <summary>A field's type, in the names of the Frictionless Table Schema (<c>string</c>, <c>number</c>, <c>integer</c>).</summary>
public enum FieldType { String, Number, Integer }

/// <summary>A column of a table's downloads (CSV, workbook, datapackage.json): its machine name, its title as the page
/// shows it, its type, unit and description, the decimals it is rounded to (null: exact), and how a row gives its value
/// (a string, a decimal, an int or null for an empty cell).</summary>
public sealed record DownloadField(string Name, string Title, FieldType Type, string? Unit, string Description, int? Decimals, Func<DataRow, object?> Value)
{
    public string TypeName => Type switch { FieldType.Number => "number", FieldType.Integer => "integer", _ => "string" };
}

/// <summary>The columns of a table's downloads, derived from the table's columns so that every table documents itself:
/// <list type="bullet">
/// <item>a text column is a string field of the text the page shows;</item>
/// <item>a figure column is a number field holding only the parsed figure (empty when there is none): published figures
/// exactly as stored, without trailing zeros, computed percentages rounded to 2 decimals (<see cref="DataColumn.Decimals"/>);
/// beside it, <c>NAME_teks</c> holds the cell's text where the page shows something other than that figure (the figure as
/// the document printed it, a grade, "tidak dilaporkan"), so printed text never shares a column with parsed numbers;</item>
/// <item>every row says what it is: <c>baris_jenis</c> (<c>rincian</c>, <c>kelompok</c> for a row heading the rows nested
/// under it, <c>jumlah</c> for a total computed from the other rows) and <c>baris_tingkat</c> (its nesting depth), so
/// one kind of row is one filter away.</item>
/// </list></summary>
public static class TableSchema
{
    public const string RowKindField = "baris_jenis";
    public const string RowDepthField = "baris_tingkat";
    public const string TextSuffix = "_teks";

    /// <summary>The values of <see cref="RowKindField"/>.</summary>
    public static string RowKindName(RowKind kind) => kind switch { RowKind.Total => "jumlah", RowKind.Group => "kelompok", _ => "rincian" };

    public static IReadOnlyList<DownloadField> Fields(DataTable table)
    {
        var fields = new List<DownloadField>();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var index = i;
            var column = table.Columns[i];
            if (column.Kind == ValueKind.Text)
            {
                fields.Add(new(column.Key, column.Header, FieldType.String, column.Unit,
                    column.Description ?? $"{column.Header}: teks sebagaimana tampil di halaman.", null, row => Text(row.Cells[index])));
                continue;
            }
            fields.Add(new(column.Key, column.Header, FieldType.Number, Unit(column), column.Description ?? Describe(column), column.Decimals,
                row => row.Cells[index].Value is { } v ? column.Stated(v) : null));
            fields.Add(new(column.Key + TextSuffix, column.Header + " (teks)", FieldType.String, null,
                $"Teks kolom \"{column.Header}\" bila halaman menampilkan selain angkanya: angka sebagaimana tercetak di dokumen, " +
                "predikat, atau keadaan (misalnya tidak dilaporkan); kosong bila halaman menampilkan angka itu sendiri.",
                null, row => PrintedText(column, row.Cells[index])));
        }
        fields.Add(new(RowKindField, "Jenis baris", FieldType.String, null,
            "Jenis baris: rincian (baris biasa), kelompok (baris induk bagi baris bertingkat di bawahnya, misalnya program atas kegiatannya) " +
            "atau jumlah (dihitung dari baris lain tabel ini; saring baris ini bila menjumlahkan sendiri).", null, row => RowKindName(row.Kind)));
        fields.Add(new(RowDepthField, "Tingkat baris", FieldType.Integer, null,
            "Tingkat baris dalam susunan bertingkat tabel: 0 untuk baris teratas, 1 untuk baris di bawahnya, dan seterusnya.", null, row => row.Depth));
        return fields;
    }

    static string? Text(DataCell cell) => cell.Text is { Length: > 0 } t && t != Format.Missing ? t : null;

    /// <summary>The cell's text where it is not simply the figure written in its column's notation (either way: 100,00%
    /// or, as published percentages are shown, 100%).</summary>
    static string? PrintedText(DataColumn column, DataCell cell) =>
        Text(cell) is { } t && t != column.Kind.Write(cell.Value) && (cell.Value is null || t != Notation.Of(column.Kind, cell.Value, null, null)) ? t : null;

    static string? Unit(DataColumn column) => column.Unit ?? column.Kind switch
    {
        ValueKind.Rupiah => "rupiah",
        ValueKind.Percent => "persen",
        _ => null,
    };

    static string Describe(DataColumn column)
    {
        var what = column.Kind switch
        {
            ValueKind.Rupiah => $"{column.Header}, dalam rupiah.",
            ValueKind.Percent => $"{column.Header}, dalam persen (41.42 berarti 41,42%).",
            _ => column.Unit is { } unit ? $"{column.Header}, dalam {unit}." : $"{column.Header} (satuannya pada kolom satuan bila tabel memilikinya).",
        };
        var precision = column.Decimals is { } d
            ? $" Dihitung, dibulatkan ke {d} angka di belakang titik desimal."
            : " Angka tepat sebagaimana tersimpan (tercetak di dokumen atau dijumlahkan dari angka tercetak), tanpa pembulatan dan tanpa nol di belakang desimal.";
        return what + precision + " Titik sebagai pemisah desimal, tanpa pemisah ribuan; kosong bila tidak ada angka.";
    }
}
