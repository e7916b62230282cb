using Sakip.Api.Seeding;

namespace Sakip.Api.Workbooks;

/// <summary>
/// What each column and key means, in Indonesian, for the Petunjuk sheet and Dokumen's explanations: the data officer's
/// version of seed/README.md (which stays the reference; keep the two saying the same).
/// </summary>
public static class ColumnGuide
{
    /// <summary>The explanation of a column of a kind; a generic one for columns this guide does not name.</summary>
    public static string Of(string kind, string column)
    {
        if (Columns.TryGetValue($"{kind}/{column}", out var own) || Columns.TryGetValue(column, out own))
        {
            return own + Choices(kind, column);
        }
        if (kind == TableKinds.Indicators && TableKinds.YearColumn().Match(column) is { Success: true } year)
        {
            return $"angka: {YearMeasures[year.Groups[1].Value]} untuk tahun {year.Groups["year"].Value}";
        }
        return kind == TableKinds.Rows ? "kolom bebas: disimpan sebagai teks apa adanya" : "lihat seed/README.md";
    }

    private static string Choices(string kind, string column) =>
        ColumnVocabularies.Of(kind, column) is { } values ? $" (pilihan: {string.Join(", ", values)})" : "";

    /// <summary>The explanation of a key path of document.yaml (Dokumen) or of a Tabel column; empty for a key it does not know.</summary>
    public static string OfKey(string path) =>
        Keys.TryGetValue(path, out var text) ? text + (ColumnVocabularies.OfManifest(path) is { } v ? $" (pilihan: {string.Join(", ", v)})" : "") : "";

    private static readonly Dictionary<string, string> YearMeasures = new()
    {
        ["target"] = "target tahunan",
        ["realisation"] = "realisasi",
        ["capaian"] = "capaian sebagaimana dilaporkan",
        ["budget"] = "pagu/anggaran (Rupiah)",
        ["budget_realisation"] = "realisasi anggaran (Rupiah)",
    };

    /// <summary>The Petunjuk sheet's opening: what the workbook is and how a cell is written.</summary>
    public static readonly IReadOnlyList<string> Introduction =
    [
        "Buku kerja ini adalah satu dokumen SAKIP (RAK, LKjIP, PK, Renstra) dalam format impor: isinya sama dengan satu folder seed (document.yaml dan satu CSV per tabel).",
        "Lembar Dokumen: data dokumen (judul, tahun, daerah, perangkat daerah, penandatangan), satu baris per kunci; kolom 'kunci' ditulis seperti region.code, kolom 'nilai' diisi, kolom 'keterangan' hanya penjelasan. Nilai kosong berarti kunci tidak diisi.",
        "Lembar Tabel: daftar tabel dokumen, satu baris per tabel, dimuat sesuai urutan baris. Kolom 'sheet' menyebut lembar tempat baris-baris tabel itu (biasanya sama dengan kunci tabel).",
        "Satu lembar per tabel: baris pertama adalah judul kolom (nama kolom dalam bahasa Inggris seperti di seed/README.md, jangan diterjemahkan), berikutnya satu baris per baris tabel sumber.",
        "Baris yang sel pertamanya diawali '#' (dan sel lainnya kosong) adalah catatan transkriptor: diabaikan pemuat. Baris kosong juga diabaikan.",
        "Semua sel berformat Teks: angka disalin persis seperti tercetak di dokumen (5.783.347.586, 0,50%, Rp. 1.800.000, 60 (B)); jangan diubah menjadi angka Excel. Sel yang berisi angka atau tanggal Excel dibaca sebagai teks yang ditampilkannya, dengan peringatan.",
        "Kolom dengan daftar pilihan (misalnya level, polarity, indicator_kind, kind, total) hanya menerima nilai dari daftar itu.",
        "Ekspor: dotnet run --project api -- export <kunci-dokumen atau folder> <berkas.xlsx>. Templat kosong: dotnet run --project api -- template <RAK|LKJIP> <berkas.xlsx>. Impor: perintah import memeriksa semua baris dan melaporkan setiap kesalahan dengan lembar, baris dan kolom.",
    ];

    /// <summary>What a figure cell may hold (seed/README.md, "Figure cells").</summary>
    public static readonly IReadOnlyList<(string Written, string Meaning)> FigureCells =
    [
        ("1694, 5.783.347.586, 0,50%, 100 %, Rp. 1.800.000, 6.021.000.000,00", "angka seperti tercetak: titik pemisah ribuan, koma pemisah desimal; teks tercetak selalu disimpan di samping nilainya"),
        ("60 (B), BB, A, 58 (CC)", "nilai dan huruf predikat"),
        ("-", "nol, karena dokumen memakai '-' untuk tidak ada; 'tidak dicatat' bila tabel di lembar Tabel memakai dash.means = not-recorded"),
        ("- [tidak dicatat], - [tidak dicatat: L4534 ...]", "satu '-' yang menurut dokumen berarti data tidak dicatat: disimpan sebagai tidak dicatat beserta alasannya"),
        ("~", "tidak dilaporkan: sel ada di dokumen tetapi kosong"),
        ("tdk ada, n/a", "tidak dilaporkan, dengan teks tercetak sebagai alasannya"),
        ("(sel kosong)", "tabel tidak memberi angka ini untuk baris ini"),
    ];

    private static readonly Dictionary<string, string> Keys = new()
    {
        ["key"] = "kunci unik dokumen, juga nama foldernya (huruf kecil, angka, tanda hubung), mis. seruyan-rak-2026",
        ["kind"] = "jenis dokumen",
        ["year"] = "tahun dokumen; tahun bawaan setiap tabel",
        ["title"] = "judul dokumen seperti tercetak",
        ["source_file"] = "berkas teks tempat nomor baris (kolom line) dihitung",
        ["published_on"] = "tanggal penandatanganan, ditulis 2026-01-02 (opsional)",
        ["published_place"] = "tempat penandatanganan (opsional)",
        ["original.title"] = "judul publikasi asli seperti tercetak di sampulnya (opsional)",
        ["original.publisher"] = "penerbit publikasi asli (opsional)",
        ["original.url"] = "alamat web berkas asli (PDF), mis. https://... (opsional; kosongkan bila tidak diketahui, jangan menebak)",
        ["original.sha256"] = "SHA-256 berkas asli (PDF), 64 digit heksadesimal seperti keluaran sha256sum (opsional)",
        ["region.code"] = "kode wilayah Kemendagri, mis. 62.07",
        ["region.name"] = "nama daerah, mis. Kabupaten Seruyan",
        ["region.province"] = "nama provinsi",
        ["region.capaian_scale.name"] = "skala kategori capaian daerah (opsional; bila tidak ada: Permendagri 86/2017): nama peraturannya",
        ["region.capaian_scale.source"] = "sumber skala capaian daerah",
        ["region.capaian_scale.sangat_tinggi_from"] = "capaian (%) terendah kategori sangat tinggi",
        ["region.capaian_scale.tinggi_from"] = "capaian (%) terendah kategori tinggi",
        ["region.capaian_scale.sedang_from"] = "capaian (%) terendah kategori sedang",
        ["region.capaian_scale.rendah_from"] = "capaian (%) terendah kategori rendah; di bawahnya sangat rendah",
        ["region.capaian_cap"] = "batas capaian daerah dalam persen, mis. 100 (opsional)",
        ["agency.key"] = "kunci perangkat daerah, unik di daerahnya, mis. dinsos",
        ["agency.name"] = "nama perangkat daerah seperti tercetak",
        ["signatory.name"] = "nama penandatangan",
        ["signatory.position"] = "jabatan penandatangan",
        ["signatory.rank"] = "pangkat/golongan penandatangan",
        ["signatory.nip"] = "NIP penandatangan (18 angka, spasi boleh)",
        ["signatory.line"] = "baris tanda tangan di berkas teks",
        ["number"] = "nomor tabel seperti tercetak, mis. Tabel 1.1 (kosongkan bila tidak bernomor)",
        ["page"] = "halaman awal tabel seperti tercetak, mis. 27 atau iv, menurut daftar tabel atau daftar isi dokumen (kosongkan bila tidak diketahui; jangan menebak)",
        ["caption"] = "judul tabel seperti tercetak",
        ["lines"] = "baris tabel di berkas teks, mis. 220-284",
        ["dash.means"] = "arti '-' di tabel ini: zero (bawaan) atau not-recorded",
        ["dash.columns[]"] = "kolom yang berlaku, dipisah koma (kosong: semua kolom angka)",
        ["dash.reason"] = "wajib bila not-recorded: di mana dokumen menyatakannya, mis. L4534-4539: ...",
        [WorkbookLayout.SheetColumn] = "nama lembar berisi baris tabel ini (batas Excel: 31 karakter)",
    };

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["line"] = "wajib: nomor baris atau rentang baris di berkas teks sumber (588, 609-611)",
        ["row"] = "label baris seperti tercetak (1, 2., a), JUMLAH)",
        ["total"] = "'yes' menandai baris jumlah dokumen (JUMLAH, TOTAL): angkanya dicek terhadap jumlah baris lain",
        ["note"] = "catatan transkriptor: apa yang dipindah, apa yang meragukan",
        ["list/number"] = "nomor butir seperti tercetak (a, 1), MISI I, BAB II)",
        ["list/parent"] = "nomor butir induk, untuk sub-butir",
        ["list/text"] = "teks butir",
        ["list/page"] = "nomor halaman, untuk daftar isi",
        ["units/number"] = "nomor butir seperti tercetak",
        ["units/key"] = "kunci unit, unik di perangkat daerah (sekretariat, bidang-rehabilitasi-sosial)",
        ["units/parent"] = "kunci unit induk",
        ["units/kind"] = "jenis unit",
        ["units/name"] = "nama unit seperti tercetak",
        ["units/head"] = "jabatan kepala unit (Kepala Bidang Rehabilitasi Sosial)",
        ["units/echelon"] = "eselon",
        ["node"] = "kunci simpul rencana (program, kegiatan, ...), unik di perangkat daerah; kunci baru perlu level dan name",
        ["indicators/parent"] = "kunci simpul induk (hanya simpul baru)",
        ["serves"] = "kunci indikator yang dilayani program/kegiatan ini (kolom program di samping indikator sasaran pada PK)",
        ["level"] = "tingkat simpul rencana",
        ["indicators/code"] = "kode nomenklatur, bila tercetak",
        ["indicators/name"] = "nama simpul seperti tercetak",
        ["goal"] = "sasaran simpul itu sendiri: SASARAN (OUTCOME) program, SASARAN (OUTPUT) kegiatan",
        ["indicators/unit"] = "kunci unit penanggung jawab",
        ["indicator"] = "kunci indikator, unik di perangkat daerah; kunci baru perlu indicator_name dan node",
        ["indicator_name"] = "nama indikator seperti tercetak, tanpa awalan seperti '1.'",
        ["satuan"] = "satuan seperti tercetak (%, orang, dokumen, nilai)",
        ["indicator_kind"] = "jenis indikator",
        ["polarity"] = "higher (bawaan): makin tinggi makin baik; lower: makin rendah makin baik",
        ["aggregation"] = "cara target periode membentuk target tahunan: sum (dijumlah), last (nilai terakhir), average (rata-rata)",
        ["definition"] = "definisi operasional, bila tercetak",
        ["formula"] = "rumus, bila tercetak",
        ["responsible"] = "kunci unit pejabat penanggung jawab",
        ["target"] = "angka: target tahunan untuk tahun tabel",
        ["baseline"] = "angka: kondisi kinerja awal (Renstra)",
        ["end_target"] = "angka: kondisi kinerja akhir periode rencana",
        ["realisation"] = "angka: realisasi",
        ["capaian"] = "angka: capaian sebagaimana dilaporkan",
        ["budget"] = "angka: pagu/anggaran simpul (Rupiah)",
        ["budget_realisation"] = "angka: realisasi anggaran (Rupiah)",
        ["m1"] = "angka: target bulanan (m1 Januari ... m12 Desember)",
        ["q1"] = "angka: target triwulanan (q1 ... q4)",
        ["group_no"] = "nomor kelompok PAS, bila tabel mengelompokkan kategori",
        ["group"] = "nama kelompok PAS",
        ["category_no"] = "nomor kategori seperti tercetak",
        ["ppks/category"] = "nama kategori PPKS seperti tercetak",
        ["ppks/key"] = "kunci kategori; kategori yang sama di dua tabel mendapat kunci yang sama (anak-terlantar)",
        ["terdata"] = "angka: PPKS terdata",
        ["tertangani"] = "angka: PPKS tertangani",
        ["mandiri"] = "angka: PPKS yang menjadi mandiri",
        ["bidang"] = "bidang penanggung jawab, seperti tercetak",
        ["type"] = "jenis PSKS",
        ["psks/count"] = "angka: jumlah",
        ["certified"] = "angka: jumlah bersertifikat",
        ["data_source"] = "sumber data",
        ["remarks"] = "keterangan",
        ["stage"] = "tahap penyaluran",
        ["kecamatan"] = "nama kecamatan",
        ["label"] = "label baris tabel ringkasan (REALISASI, TIDAK REALISASI)",
        ["recipients"] = "angka: jumlah penerima (TOTAL)",
        ["delivered"] = "angka: tersalurkan (REALISASI)",
        ["delivered_pct"] = "angka: persentase tersalurkan",
        ["undelivered"] = "angka: tidak tersalurkan (TIDAK REALISASI)",
        ["undelivered_pct"] = "angka: persentase tidak tersalurkan",
        ["aid-distribution/amount"] = "angka: jumlah Rupiah, bila tercetak",
        ["position"] = "nama jabatan",
        ["staff-positions/unit"] = "kunci unit",
        ["pns"] = "angka: jumlah PNS",
        ["pppk"] = "angka: jumlah PPPK",
        ["pppk_pw"] = "angka: jumlah PPPK paruh waktu",
        ["grade"] = "angka: kelas jabatan",
        ["dimension"] = "dimensi hitungan pegawai",
        ["staff-counts/category"] = "kategori seperti tercetak",
        ["staff-counts/code"] = "kode golongan, bila tercetak",
        ["staff-counts/count"] = "angka: jumlah",
        ["v1"] = "angka yang artinya tidak dicetak dokumen (v1 ... v4); jelaskan di note",
        ["class"] = "golongan aset seperti tercetak",
        ["description"] = "uraian",
        ["value"] = "angka: nilai (Rupiah)",
        ["quantity"] = "angka: jumlah",
        ["unit_of_measure"] = "satuan (bidang, unit)",
        ["agency"] = "nama perangkat daerah seperti tercetak",
        ["agency-budget/amount"] = "angka: pagu anggaran perangkat daerah",
        ["states"] = "wajib: apa yang dinyatakan angka kalimat itu",
        ["narrative/indicator"] = "kunci indikator, untuk target, realisation, capaian",
        ["narrative/node"] = "kunci simpul rencana, untuk anggaran program/kegiatan/sasaran (kosong: perangkat daerah)",
        ["narrative/level"] = "untuk count: yang dihitung",
        ["narrative/category"] = "kunci kategori PPKS",
        ["narrative/table"] = "kunci tabel yang dibicarakan kalimat itu: hanya angkanya yang dibandingkan",
        ["narrative/year"] = "tahun yang disebut kalimat (bawaan: tahun dokumen)",
        ["figure"] = "wajib, angka: seperti tercetak dalam kalimat",
        ["compare"] = "equal (bawaan), more-than ('lebih dari'), less-than",
        ["quote"] = "kutipan klausa yang memuat angka itu",
    };

    /// <summary>The numbered columns (m1..m12, q1..q4, v1..v4) share their first one's explanation.</summary>
    static ColumnGuide()
    {
        foreach (var (prefix, last) in new[] { ("m", 12), ("q", 4), ("v", 4) })
        {
            foreach (var n in Enumerable.Range(2, last - 1))
            {
                Columns[$"{prefix}{n}"] = Columns[$"{prefix}1"];
            }
        }
    }
}
