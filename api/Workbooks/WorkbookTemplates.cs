using ClosedXML.Excel;
using Sakip.Api.Documents;
using Sakip.Api.Seeding;

namespace Sakip.Api.Workbooks;

/// <summary>
/// A blank workbook per document kind: Dokumen with every key of document.yaml and empty values (the kind filled in),
/// Tabel with the tables such a document typically has, and one sheet per table with its kind's columns and lists.
/// </summary>
public static class WorkbookTemplates
{
    /// <summary>The tables a document of each kind typically has (after the two transcribed documents): key, kind, what it holds.</summary>
    private static readonly Dictionary<DocumentKind, (string Key, string Kind, string Caption)[]> Tables = new()
    {
        [DocumentKind.Rak] =
        [
            ("L-DAFTAR-ISI", TableKinds.List, "DAFTAR ISI"),
            ("T-STRUKTUR-ORGANISASI", TableKinds.Units, "Susunan Organisasi"),
            ("T-SDM", TableKinds.StaffCounts, "Dukungan Sumber Daya Manusia"),
            ("T-JABATAN", TableKinds.StaffPositions, "Daftar Existing Pegawai"),
            ("T-ASET", TableKinds.Assets, "Aset"),
            ("T-PAGU", TableKinds.AgencyBudget, "Pagu Anggaran"),
            ("T-PPKS", TableKinds.Ppks, "Data PPKS"),
            ("T-PSKS", TableKinds.Psks, "Data PSKS"),
            ("T-RENCANA-AKSI", TableKinds.Indicators, "Rencana Aksi Kinerja"),
            ("N-NARASI", TableKinds.Narrative, "Angka yang dinyatakan dalam uraian"),
        ],
        [DocumentKind.Lkjip] =
        [
            ("L-DAFTAR-ISI", TableKinds.List, "DAFTAR ISI"),
            ("T-STRUKTUR-ORGANISASI", TableKinds.Units, "Susunan Organisasi"),
            ("T-SDM", TableKinds.StaffCounts, "Dukungan Sumber Daya Manusia"),
            ("T-PERJANJIAN-KINERJA", TableKinds.Indicators, "Perjanjian Kinerja"),
            ("T-CAPAIAN-KINERJA", TableKinds.Indicators, "Target, Realisasi dan Capaian Kinerja"),
            ("T-ANGGARAN", TableKinds.Indicators, "Anggaran dan Realisasi per Program"),
            ("T-PPKS", TableKinds.Ppks, "Rekapitulasi Data PPKS"),
            ("T-PENYALURAN", TableKinds.AidDistribution, "Penyaluran Bantuan per Kecamatan"),
            ("T-LAIN", TableKinds.Rows, "Tabel lain (kolom bebas)"),
            ("N-NARASI", TableKinds.Narrative, "Angka yang dinyatakan dalam uraian"),
        ],
        [DocumentKind.Pk] =
        [
            ("T-STRUKTUR-ORGANISASI", TableKinds.Units, "Susunan Organisasi"),
            ("T-PERJANJIAN-KINERJA", TableKinds.Indicators, "Perjanjian Kinerja"),
        ],
        [DocumentKind.Renstra] =
        [
            ("L-DAFTAR-ISI", TableKinds.List, "DAFTAR ISI"),
            ("T-STRUKTUR-ORGANISASI", TableKinds.Units, "Susunan Organisasi"),
            ("T-RENSTRA", TableKinds.Indicators, "Tujuan, Sasaran, Program dan Target Renstra"),
            ("N-NARASI", TableKinds.Narrative, "Angka yang dinyatakan dalam uraian"),
        ],
    };

    /// <summary>Dokumen's keys in a template: every key of document.yaml but the region's capaian scale (rare; seed/README.md shows it).</summary>
    private static readonly string[] DocumentKeys =
    [
        "key", "kind", "year", "title", "source_file", "published_on", "published_place",
        "original.title", "original.publisher", "original.url", "original.sha256",
        "region.code", "region.name", "region.province", "region.capaian_cap",
        "agency.key", "agency.name",
        "signatory.name", "signatory.position", "signatory.rank", "signatory.nip", "signatory.line",
    ];

    /// <summary>The document kinds a template exists for, as written in document.yaml (RAK, LKJIP, PK, RENSTRA).</summary>
    public static IReadOnlyList<string> Kinds => Tables.Keys.Select(k => k.ToString().ToUpperInvariant()).ToList();

    /// <summary>Writes the template of a document kind (RAK, LKJIP, ...); false when there is no such kind.</summary>
    public static bool Write(string kind, string workbookPath)
    {
        if (!Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var documentKind) || !Tables.TryGetValue(documentKind, out var tables))
        {
            return false;
        }
        var document = DocumentKeys.Select(k => new KeyPathValue(k, k == "kind" ? documentKind.ToString().ToUpperInvariant() : "")).ToList();
        // Example rows of Tabel: key, kind and the caption's gist; the caption as printed and the lines are the officer's to fill.
        var workbookTables = tables.Select(t => new WorkbookTable(t.Key, t.Kind,
            [new KeyPathValue("key", t.Key), new KeyPathValue("kind", t.Kind), new KeyPathValue("caption", $"contoh: {t.Caption}")],
            [new CsvLine(WorkbookLayout.HeaderOf(t.Kind).ToList(), null)])).ToList();
        using var workbook = new XLWorkbook();
        WorkbookWriter.Write(workbook, document, workbookTables);
        workbook.SaveAs(workbookPath);
        return true;
    }
}
