using System.Text.RegularExpressions;
using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.DocumentQuality;

/// <summary>A document's data-quality page: what the document is, its tables, and every reconciliation finding grouped by check.</summary>
public sealed class DocumentQualityModel : PageModel
{
    public required DocumentData Document { get; init; }
    public DataTable SourceTables { get; private set; } = default!;
    public ChartSpec? KindChart { get; private set; }
    public List<FindingGroup> Groups { get; } = [];

    public sealed record FindingGroup(string Kind, string Label, DataTable Table);

    /// <summary>The page with the document's contents: its RAK or LKjIP page, none for other kinds.</summary>
    public string? ContentsPage => Document.Kind switch
    {
        "RAK" => Paths.Rak(Document.Agency.Region.Code, Document.Agency.Key, Document.Year),
        "LKJIP" => Paths.Lkjip(Document.Agency.Region.Code, Document.Agency.Key, Document.Year),
        _ => null,
    };

    /// <summary>The page from a documentPages item of the AgencyPages answer.</summary>
    public static DocumentQualityModel Create(IndexRegion region, IndexAgency agency, DocumentData d)
    {
        var model = new DocumentQualityModel
        {
            Document = d,
            Meta = new PageMeta(Paths.Document(d.Key), $"Kualitas data {Labels.DocumentShort(d.Kind)} {d.Year} {d.Agency.Name}",
                $"Tabel dan temuan rekonsiliasi {d.Title}: setiap selisih antarangka dalam dokumen dengan sumbernya, ditampilkan dan tidak diperbaiki.",
                Trails.Agency(region.Code, region.Name, agency.Key, agency.Name)),
        };
        model.Build();
        return model;
    }

    void Build()
    {
        BuildKindCounts();
        foreach (var kind in Ordered().Where(k => Document.Findings.Any(f => f.Kind == k)))
            Groups.Add(new FindingGroup(kind, Labels.FindingKind(kind), FindingsTable(kind)));
        BuildSourceTables();
    }

    /// <summary>The checks, those with most findings first, then in schema order; kinds the site does not know yet at the end.</summary>
    List<string> Ordered() => FindingKinds.All.Concat(Document.Findings.Select(f => f.Kind)).Distinct()
        .Select((kind, i) => (kind, i)).OrderByDescending(x => Count(x.kind)).ThenBy(x => x.i).Select(x => x.kind).ToList();

    int Count(string kind) => Document.Findings.Count(f => f.Kind == kind);

    void BuildKindCounts()
    {
        var table = Table("temuan-per-jenis", "Jumlah temuan per jenis pemeriksaan")
            .Column("jenis", "Jenis pemeriksaan")
            .Column("temuan", "Temuan", ValueKind.Number)
            .Column("yang_diperiksa", "Yang diperiksa");
        var kinds = Ordered();
        foreach (var kind in kinds)
            table.Row().Text(Labels.FindingKind(kind)).Figure(Count(kind)).Text(FindingKinds.Checks(kind));
        table.TotalRow().Text("Semua pemeriksaan").Figure(Document.Findings.Count).Text("");

        var total = Document.Findings.Count;
        if (total == 0)
        {
            table.Note = "Rekonsiliasi tidak menemukan selisih dalam dokumen ini.";
            return;
        }
        var most = Count(kinds[0]);
        var top = kinds.Where(k => Count(k) == most).Select(k => Labels.FindingKind(k).ToLowerInvariant()).ToList();
        var quiet = kinds.Where(k => Count(k) == 0).Select(k => Labels.FindingKind(k).ToLowerInvariant()).ToList();
        var headline = $"{total} temuan dalam {Labels.DocumentShort(Document.Kind)} {Document.Year}; terbanyak " +
                       (top.Count == 1 ? $"{top[0]} ({most})" : $"{string.Join(", ", top[..^1])} dan {top[^1]} (masing-masing {most})");
        var summary = $"Selisih ditemukan oleh {kinds.Count(k => Count(k) > 0)} dari {kinds.Count} jenis pemeriksaan." +
                      (quiet.Count == 0 ? "" : $" Tanpa temuan: {string.Join(", ", quiet)}.");
        KindChart = Chart(new ChartSpec("grafik-temuan-per-jenis", headline, summary, table, "jenis", ["temuan"], ChartKind.HorizontalBar));
    }

    DataTable FindingsTable(string kind)
    {
        // Numbered in the document's list of findings, so other pages can link to each (FindingLinks).
        var findings = Document.Findings.Select((f, i) => (Finding: f, Number: i + 1)).Where(x => x.Finding.Kind == kind).ToList();
        var label = Labels.FindingKind(kind);
        var table = Table("temuan-" + Slug(label), $"{label}: {findings.Count} temuan")
            .Column("pokok", "Pokok")
            .Column("tercetak", "Angka tercetak", ValueKind.Number)
            .Column("sumber_tercetak", "Sumber angka tercetak")
            .Column("pembanding", "Angka pembanding", ValueKind.Number)
            .Column("sumber_pembanding", "Sumber angka pembanding")
            .Column("selisih", "Selisih (tercetak − pembanding)", ValueKind.Number);
        foreach (var (f, number) in findings)
        {
            var row = table.Row();
            row.Id = FindingLinks.Anchor(number);
            row.Text(f.Subject)
                .Figure(f.StatedValue, f.StatedText)
                .Text(f.StatedRow?.ToString() ?? f.StatedSource)
                .Figure(f.ComparedValue, f.ComparedText)
                .Text(ComparedSource(f))
                .Figure(f.Difference, FindingKinds.Difference(kind, f.Difference));
        }
        table.Note = FindingKinds.Checks(kind) + " Angka tercetak ditulis sebagaimana di dokumen; angka pembanding adalah angka tercetak lain atau hasil hitung ulang, dengan sumbernya.";
        return table;
    }

    void BuildSourceTables()
    {
        SourceTables = Table("tabel-dokumen", $"Tabel dan daftar dalam dokumen ({Document.Tables.Count})")
            .Column("judul", "Judul tabel")
            .Column("nomor", "Nomor")
            .Column("halaman", "Halaman")
            .Column("dikutip", "Dikutip sebagai")
            .Column("kunci", "Kunci")
            .Column("baris", "Baris teks")
            .Column("tahun", "Tahun angka")
            .Column("jenis", "Jenis transkripsi")
            .Column("berkas", "Berkas seed")
            .Column("temuan", "Temuan", ValueKind.Number);
        foreach (var t in Document.Tables)
        {
            var row = SourceTables.Row();
            row.Id = Labels.TableAnchorId(t.Key);
            row.Text(t.Caption)
                .Text(t.Number ?? "tanpa nomor")
                .Text(t.Page ?? Labels.Unknown)
                .Text(t.Citation)
                .Text(t.Key)
                .Text(t.LineTo > t.LineFrom ? $"{t.LineFrom}–{t.LineTo}" : t.LineFrom.ToString())
                .Text(t.Year.ToString())
                .Text(t.Kind)
                .Text(t.SeedFile)
                .Figure(Document.Findings.Count(f => f.StatedRow?.Table.Key == t.Key || f.ComparedRow?.Table.Key == t.Key));
        }
        SourceTables.Note = $"Halaman: halaman awal tabel di dokumen tercetak, menurut daftar tabel atau daftar isi dokumen itu sendiri; {Labels.Unknown} bila dokumen tidak menyebutnya. Baris teks: nomor baris dalam berkas teks {Document.SourceFile}. Temuan: temuan yang angka tercetak atau angka pembandingnya berasal dari tabel ini.";
    }

    /// <summary>The compared figure's row, or how it was computed when it is a sum or is recomputed on the stated figure's own row.</summary>
    public static string ComparedSource(FindingData f) =>
        f.ComparedRow is { } row && row.Ref != f.StatedRow?.Ref ? row.ToString() : f.ComparedSource;

    static string Slug(string text) => Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
}
