using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Plan;

/// <summary>The target and realisation columns of the plan pages (RAK, LKjIP): one column holds indicators of different
/// units (persen, orang, rupiah ...), so the downloads give the stored number and say that its unit is the row's.</summary>
public static class FigureColumns
{
    /// <summary>The number of a published figure: its stored value when the document reported one, else none (the
    /// cell's text then says why, in the download's <c>_teks</c> column).</summary>
    public static decimal? Value(PeriodFigure? figure) => figure is { Reported: true } ? figure.Value : null;

    /// <summary>The column's description in datapackage.json and the workbook's notes.</summary>
    public static string Describe(string header) =>
        $"{header}: angka sebagaimana tersimpan dari dokumen, tanpa pembulatan dan tanpa nol di belakang desimal, dalam satuan " +
        "indikator pada kolom satuan baris yang sama (persen ditulis 41.42 untuk 41,42%; rupiah tanpa \"Rp\"). Titik sebagai pemisah " +
        "desimal, tanpa pemisah ribuan. Kosong bila dokumen tidak mencetak angka (sel kosong, predikat atau teks); teks yang tampil di " +
        "halaman ada di kolom _teks.";
}
