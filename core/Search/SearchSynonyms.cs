using System.Globalization;
using System.Text;

namespace Sakip.Core.Search;

/// <summary>
/// Words a reader types for what the documents name otherwise: an abbreviation for its long form ("lansia" for
/// "Lanjut Usia"), an old name for the new one (PMKS for PPKS), a common variant ("difabel" for "disabilitas",
/// "telantar" as KBBI spells "terlantar"). The site's search index gives each entry the other terms of every group
/// its text contains, so a search for any of them finds it. A short list, reviewed by hand: each group holds terms a
/// reader of social-welfare documents takes to mean the same thing, never a broader or a narrower one.
/// </summary>
public static class SearchSynonyms
{
    /// <summary>The groups, in normalised form (<see cref="Normalise"/>): each term matches whole words only.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> Groups =
    [
        // Target groups of social welfare (Permensos 8/2012 and its successors)
        ["lansia", "lanjut usia", "usia lanjut"],
        ["pmks", "penyandang masalah kesejahteraan sosial", "ppks", "pemerlu pelayanan kesejahteraan sosial"],
        ["psks", "potensi dan sumber kesejahteraan sosial", "potensi sumber kesejahteraan sosial"],
        ["odgj", "orang dengan gangguan jiwa"],
        ["odha", "orang dengan hiv"],
        ["disabilitas", "difabel", "difable", "penyandang cacat"],
        ["adk", "anak dengan kedisabilitasan"],
        ["terlantar", "telantar"],
        ["gepeng", "gelandangan dan pengemis", "gelandangan pengemis"],
        ["abh", "anak berhadapan dengan hukum"],
        ["kat", "komunitas adat terpencil"],
        ["prse", "perempuan rawan sosial ekonomi", "wrse", "wanita rawan sosial ekonomi"],
        ["kdrt", "kekerasan dalam rumah tangga"],
        ["napza", "narkotika psikotropika dan zat adiktif"],
        ["gakin", "keluarga miskin"],
        ["fm", "fakir miskin"],
        ["ampk", "anak yang memerlukan perlindungan khusus", "anak memerlukan perlindungan khusus"],
        ["yapi", "yatim piatu"],
        ["trafficking", "traffiking", "perdagangan orang"],
        ["pmbs", "pekerja migran bermasalah sosial"],
        ["bwlp", "bekas warga binaan lembaga pemasyarakatan"],
        // Programmes, aid and registers
        ["bansos", "bantuan sosial"],
        ["pkh", "program keluarga harapan"],
        ["bpnt", "bantuan pangan non tunai"],
        ["kpm", "keluarga penerima manfaat"],
        ["kube", "kelompok usaha bersama"],
        ["dtks", "data terpadu kesejahteraan sosial"],
        ["rtlh", "rumah tidak layak huni"],
        ["blt", "bantuan langsung tunai"],
        ["jamsos", "jaminan sosial"],
        ["rehsos", "rehabilitasi sosial"],
        ["linjamsos", "perlindungan dan jaminan sosial", "perlindungan jaminan sosial"],
        ["dayasos", "pemberdayaan sosial"],
        // Social-welfare resources (PSKS)
        ["tagana", "taruna siaga bencana"],
        ["psm", "pekerja sosial masyarakat"],
        ["lks", "lembaga kesejahteraan sosial"],
        ["tksk", "tenaga kesejahteraan sosial kecamatan"],
        // Planning and accountability (SAKIP)
        ["iku", "indikator kinerja utama"],
        ["ikk", "indikator kinerja kunci"],
        ["lkjip", "laporan kinerja instansi pemerintah"],
        ["rak", "rencana aksi kinerja", "rencana aksi"],
        ["pk", "perjanjian kinerja"],
        ["renstra", "rencana strategis"],
        ["rpjmd", "rencana pembangunan jangka menengah daerah"],
        ["sakip", "sistem akuntabilitas kinerja instansi pemerintah"],
        ["spm", "standar pelayanan minimal"],
        ["opd", "perangkat daerah", "skpd", "satuan kerja perangkat daerah"],
        ["dinsos", "dinas sosial"],
        ["apbd", "anggaran pendapatan dan belanja daerah"],
        ["kab", "kabupaten"],
        ["kec", "kecamatan"],
    ];

    /// <summary>Lower case, accents removed, every run of characters other than letters and digits one space:
    /// "Lanjut-Usia (LANSIA)" is "lanjut usia lansia". The site's script normalises a query the same way.</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                result.Append(' ');
                space = true;
            }
        }
        return result.ToString().TrimEnd();
    }

    /// <summary>The terms of every group the text contains (as whole words) that the text does not contain itself, in
    /// the list's order: for "Persentase Lanjut Usia Terlantar" they are "lansia", "usia lanjut" and "telantar".</summary>
    public static IReadOnlyList<string> Expansions(string text)
    {
        var padded = " " + Normalise(text) + " ";
        var added = new List<string>();
        foreach (var group in Groups)
        {
            if (!group.Any(t => padded.Contains(" " + t + " ", StringComparison.Ordinal))) continue;
            foreach (var term in group)
                if (!padded.Contains(" " + term + " ", StringComparison.Ordinal) && !added.Contains(term)) added.Add(term);
        }
        return added;
    }
}
