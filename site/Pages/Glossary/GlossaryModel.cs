using Sakip.Site.Build;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Glossary;

/// <summary>The glossary: the terms of SAKIP documents and of this portal, each with an anchor other pages can link to.</summary>
public sealed class GlossaryModel : PageModel
{
    /// <param name="Id">The term's anchor on the page.</param>
    /// <param name="Term">The term as documents write it, with its long form.</param>
    /// <param name="Meaning">What it means, in plain Indonesian.</param>
    public sealed record Entry(string Id, string Term, string Meaning);

    public static readonly IReadOnlyList<Entry> Terms =
    [
        new("sakip", "SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah)",
            "Tata cara instansi pemerintah merencanakan, mengukur dan melaporkan kinerjanya setiap tahun (Perpres 29/2014): dari Renstra, perjanjian kinerja dan rencana aksi sampai laporan kinerja."),
        new("perangkat-daerah", "Perangkat daerah (OPD, SKPD)",
            "Dinas, badan atau kantor pemerintah kabupaten/kota yang menjalankan satu urusan, misalnya Dinas Sosial. Di portal ini disebut perangkat daerah."),
        new("renstra", "Renstra (Rencana Strategis)",
            "Rencana lima tahunan perangkat daerah: tujuan, sasaran, indikator dan target setiap tahunnya, turunan dari RPJMD."),
        new("rpjmd", "RPJMD (Rencana Pembangunan Jangka Menengah Daerah)",
            "Rencana lima tahunan pemerintah daerah: visi, misi, tujuan dan sasaran yang dijabarkan perangkat daerah dalam Renstra."),
        new("pk", "PK (Perjanjian Kinerja)",
            "Kesepakatan tertulis setiap tahun antara pejabat dan atasannya tentang indikator dan target yang akan dicapai, beserta anggarannya."),
        new("rak", "RAK (Rencana Aksi Kinerja)",
            "Dokumen tahunan yang membagi target perjanjian kinerja ke bulan atau triwulan dan menyebut anggaran program, kegiatan dan sub kegiatan."),
        new("lkjip", "LKjIP (Laporan Kinerja Instansi Pemerintah)",
            "Laporan tahunan perangkat daerah: target, realisasi dan capaian setiap indikator, serta realisasi anggarannya."),
        new("iku", "IKU (Indikator Kinerja Utama)",
            "Ukuran keberhasilan terpenting perangkat daerah, yang menunjukkan tercapai tidaknya sasaran strategisnya."),
        new("ikk", "IKK (Indikator Kinerja Kunci)",
            "Indikator yang ditetapkan pemerintah pusat untuk mengukur penyelenggaraan urusan di semua daerah, sehingga daerah dapat dibandingkan."),
        new("indikator", "Indikator kinerja",
            "Ukuran yang dipakai untuk menilai sebuah sasaran, program atau kegiatan, dengan satuannya (persen, orang, dokumen) dan targetnya."),
        new("program", "Program, kegiatan, sub kegiatan",
            "Susunan anggaran daerah dari yang terbesar ke yang terkecil, dengan kode dari nomenklatur nasional. Setiap sub kegiatan berada di bawah satu kegiatan, setiap kegiatan di bawah satu program."),
        new("target", "Target",
            "Angka yang ingin dicapai sebuah indikator dalam setahun, atau dalam sebulan atau triwulan pada RAK."),
        new("realisasi", "Realisasi",
            "Angka yang benar-benar dicapai sebuah indikator, atau anggaran yang benar-benar dibelanjakan, seperti dilaporkan dokumen."),
        new("capaian", "Capaian",
            "Perbandingan realisasi dengan target, dalam persen: realisasi dibagi target dikali 100% untuk indikator yang makin tinggi makin baik. Capaian di atas 100% ditampilkan apa adanya; tanpa realisasi, capaian tidak dilaporkan, bukan 0%."),
        new("kriteria", "Kriteria (kategori capaian)",
            "Penilaian capaian dalam kata, dari sangat tinggi sampai sangat rendah, menurut rentang skala Permendagri 86/2017 atau skala yang ditetapkan daerahnya."),
        new("pagu", "Pagu",
            "Batas tertinggi anggaran yang disediakan untuk perangkat daerah, program, kegiatan atau sub kegiatan dalam setahun, dalam rupiah."),
        new("penyerapan", "Penyerapan anggaran",
            "Realisasi anggaran dibagi pagu dikali 100%: seberapa besar anggaran yang tersedia benar-benar dibelanjakan."),
        new("pmks", "PMKS dan PPKS",
            "Penyandang Masalah Kesejahteraan Sosial (sebutan lama) dan Pemerlu Pelayanan Kesejahteraan Sosial (sebutan baru): orang, keluarga atau kelompok yang membutuhkan pelayanan sosial, misalnya lanjut usia terlantar, penyandang disabilitas atau fakir miskin, dalam 26 jenis."),
        new("terdata", "Terdata dan tertangani",
            "Jumlah PPKS yang tercatat di daerah dan jumlah yang sudah menerima pelayanan dalam tahun itu. Cakupan penanganan adalah tertangani dibagi terdata dikali 100%."),
        new("psks", "PSKS (Potensi dan Sumber Kesejahteraan Sosial)",
            "Orang, kelompok dan lembaga yang ikut menyelenggarakan kesejahteraan sosial, misalnya pekerja sosial masyarakat, Taruna Siaga Bencana (Tagana) dan Karang Taruna."),
        new("temuan", "Temuan rekonsiliasi",
            "Dua angka dalam dokumen yang seharusnya sama tetapi berbeda, misalnya pagu kegiatan yang tidak sama dengan jumlah sub kegiatannya. Portal menampilkan keduanya beserta selisihnya dan tidak memperbaikinya."),
        new("rilis", "Rilis data",
            "Satu kali pemuatan dokumen ke basis data portal. Setiap rilis punya kode dan waktu; kaki setiap halaman menyebut rilis datanya."),
    ];

    public static GlossaryModel Create() => new()
    {
        Meta = new PageMeta(Paths.Glossary, "Glosarium",
            "Arti istilah dokumen SAKIP dan portal ini: PMKS dan PPKS, PSKS, IKU dan IKK, pagu, realisasi, capaian, kriteria, RAK, LKjIP, Renstra, PK dan lainnya.",
            [new Crumb("Beranda", Paths.Home)]),
    };
}
