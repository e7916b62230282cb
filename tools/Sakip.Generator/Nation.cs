namespace Sakip.Generator;

public sealed record Region(string Code, string Name, string Province);

public sealed record AgencyKind(string Key, string Name, string Head);

/// <summary>A deterministic nation: real provinces (Kemendagri codes), generated kabupaten and kota, real agency kinds.</summary>
public static class Nation
{
    public static readonly (string Code, string Name)[] Provinces =
    [
        ("11", "Aceh"), ("12", "Sumatera Utara"), ("13", "Sumatera Barat"), ("14", "Riau"), ("15", "Jambi"), ("16", "Sumatera Selatan"),
        ("17", "Bengkulu"), ("18", "Lampung"), ("19", "Kepulauan Bangka Belitung"), ("21", "Kepulauan Riau"), ("31", "DKI Jakarta"),
        ("32", "Jawa Barat"), ("33", "Jawa Tengah"), ("34", "DI Yogyakarta"), ("35", "Jawa Timur"), ("36", "Banten"), ("51", "Bali"),
        ("52", "Nusa Tenggara Barat"), ("53", "Nusa Tenggara Timur"), ("61", "Kalimantan Barat"), ("62", "Kalimantan Tengah"),
        ("63", "Kalimantan Selatan"), ("64", "Kalimantan Timur"), ("65", "Kalimantan Utara"), ("71", "Sulawesi Utara"), ("72", "Sulawesi Tengah"),
        ("73", "Sulawesi Selatan"), ("74", "Sulawesi Tenggara"), ("75", "Gorontalo"), ("76", "Sulawesi Barat"), ("81", "Maluku"),
        ("82", "Maluku Utara"), ("91", "Papua Barat"), ("92", "Papua Barat Daya"), ("94", "Papua"),
    ];

    /// <summary>Agency kinds of a kabupaten/kota (Perangkat Daerah); <c>dinsos</c> first, as it alone keeps the PPKS statistics.</summary>
    public static readonly AgencyKind[] AgencyKinds =
    [
        new("dinsos", "Dinas Sosial", "Kepala Dinas Sosial"),
        new("dinkes", "Dinas Kesehatan", "Kepala Dinas Kesehatan"),
        new("disdik", "Dinas Pendidikan", "Kepala Dinas Pendidikan"),
        new("dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang"),
        new("bappeda", "Badan Perencanaan Pembangunan Daerah", "Kepala Badan Perencanaan Pembangunan Daerah"),
        new("dishub", "Dinas Perhubungan", "Kepala Dinas Perhubungan"),
        new("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Kepala Dinas Kependudukan dan Pencatatan Sipil"),
        new("dlh", "Dinas Lingkungan Hidup", "Kepala Dinas Lingkungan Hidup"),
        new("diskominfo", "Dinas Komunikasi dan Informatika", "Kepala Dinas Komunikasi dan Informatika"),
        new("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Kepala Dinas Penanaman Modal dan PTSP"),
        new("disnaker", "Dinas Tenaga Kerja", "Kepala Dinas Tenaga Kerja"),
        new("dpmd", "Dinas Pemberdayaan Masyarakat dan Desa", "Kepala Dinas Pemberdayaan Masyarakat dan Desa"),
        new("dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"),
        new("dppkb", "Dinas Pengendalian Penduduk dan Keluarga Berencana", "Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana"),
        new("distan", "Dinas Pertanian", "Kepala Dinas Pertanian"),
        new("diskan", "Dinas Perikanan", "Kepala Dinas Perikanan"),
        new("dinpangan", "Dinas Ketahanan Pangan", "Kepala Dinas Ketahanan Pangan"),
        new("disperindag", "Dinas Perindustrian dan Perdagangan", "Kepala Dinas Perindustrian dan Perdagangan"),
        new("dkukm", "Dinas Koperasi dan Usaha Kecil Menengah", "Kepala Dinas Koperasi dan UKM"),
        new("dispar", "Dinas Pariwisata", "Kepala Dinas Pariwisata"),
        new("dispora", "Dinas Pemuda dan Olahraga", "Kepala Dinas Pemuda dan Olahraga"),
        new("disbud", "Dinas Kebudayaan", "Kepala Dinas Kebudayaan"),
        new("disarpus", "Dinas Perpustakaan dan Kearsipan", "Kepala Dinas Perpustakaan dan Kearsipan"),
        new("disperkim", "Dinas Perumahan dan Kawasan Permukiman", "Kepala Dinas Perumahan dan Kawasan Permukiman"),
        new("dinas-pmk", "Dinas Pemadam Kebakaran dan Penyelamatan", "Kepala Dinas Pemadam Kebakaran dan Penyelamatan"),
        new("satpolpp", "Satuan Polisi Pamong Praja", "Kepala Satuan Polisi Pamong Praja"),
        new("bpbd", "Badan Penanggulangan Bencana Daerah", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah"),
        new("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah"),
        new("bapenda", "Badan Pendapatan Daerah", "Kepala Badan Pendapatan Daerah"),
        new("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kepala Badan Kepegawaian dan PSDM"),
        new("kesbangpol", "Badan Kesatuan Bangsa dan Politik", "Kepala Badan Kesatuan Bangsa dan Politik"),
        new("inspektorat", "Inspektorat", "Inspektur"),
        new("setda", "Sekretariat Daerah", "Sekretaris Daerah"),
        new("setwan", "Sekretariat DPRD", "Sekretaris DPRD"),
        new("rsud", "Rumah Sakit Umum Daerah", "Direktur Rumah Sakit Umum Daerah"),
        new("dinkop", "Dinas Perkebunan dan Peternakan", "Kepala Dinas Perkebunan dan Peternakan"),
        new("dishut", "Dinas Lingkungan Hidup dan Kehutanan", "Kepala Dinas Lingkungan Hidup dan Kehutanan"),
        new("bpp", "Badan Riset dan Inovasi Daerah", "Kepala Badan Riset dan Inovasi Daerah"),
        new("dkp", "Dinas Kelautan dan Perikanan", "Kepala Dinas Kelautan dan Perikanan"),
        new("distransnaker", "Dinas Transmigrasi", "Kepala Dinas Transmigrasi"),
    ];

    private static readonly string[] Heads =
    [
        "Sungai", "Tanjung", "Muara", "Bukit", "Batu", "Teluk", "Lembah", "Pulau", "Gunung", "Air", "Tanah", "Padang", "Danau", "Kuala", "Pasir", "Rantau",
    ];

    private static readonly string[] Tails =
    [
        "Raya", "Jaya", "Indah", "Makmur", "Sari", "Baru", "Agung", "Permai", "Hulu", "Hilir", "Panjang", "Merah", "Putih", "Hijau", "Luhur", "Sejahtera",
        "Mulia", "Lestari", "Kencana", "Bening", "Harapan", "Damai", "Subur", "Emas",
    ];

    /// <summary>The nth region: provinces in turn, 12 kabupaten (01..12) then 3 kota (71..73) each; names unique by n.</summary>
    public static Region RegionAt(int n)
    {
        const int perProvince = 15;
        var province = Provinces[n / perProvince % Provinces.Length];
        var round = n / (perProvince * Provinces.Length);
        var local = n % perProvince;
        var isKota = local >= 12;
        var number = isKota ? 71 + local - 12 + round * 3 : 1 + local + round * 12;
        var name = $"{Heads[n % Heads.Length]} {Tails[n / Heads.Length % Tails.Length]}" + (n >= Heads.Length * Tails.Length ? $" {RomanSuffix(n / (Heads.Length * Tails.Length))}" : "");
        return new Region($"{province.Code}.{number:00}", (isKota ? "Kota " : "Kabupaten ") + name, province.Name);
    }

    private static string RomanSuffix(int n) => n switch { 1 => "Utara", 2 => "Selatan", 3 => "Timur", 4 => "Barat", _ => $"Tengah {n}" };

    /// <summary>How many agencies the nth region has (20 to 40).</summary>
    public static int AgencyCount(int n, ulong seed) => 20 + (int)(Random64.Mix(seed ^ (ulong)n * 0x9E3779B97F4A7C15UL) % 21);
}

/// <summary>SplitMix64: a small, fixed algorithm, so the output never depends on the runtime's Random.</summary>
public struct Random64(ulong state)
{
    private ulong _state = state;

    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong Next() => _state = Mix(_state);

    public int Next(int from, int toInclusive) => from + (int)(Next() % (ulong)(toInclusive - from + 1));

    /// <summary>A decimal in [from, to), three decimals.</summary>
    public decimal Between(decimal from, decimal to) => from + (to - from) * (Next() % 1000) / 1000m;

    public static ulong Hash(string text, ulong seed)
    {
        var h = 14695981039346656037UL ^ seed;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return Mix(h);
    }
}
