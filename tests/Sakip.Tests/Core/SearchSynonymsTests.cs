using Sakip.Core.Search;

namespace Sakip.Tests.Core;

/// <summary>The reviewed list of Indonesian synonyms and abbreviations the site's search index is built with
/// (core/Search), without a site or a database.</summary>
public sealed class SearchSynonymsTests
{
    [Theory]
    [InlineData("Persentase Lanjut Usia Terlantar yang terpenuhi kebutuhan dasarnya", "lansia")]
    [InlineData("LANSIA TERLANTAR", "lanjut usia")]
    [InlineData("Penanganan Penyandang Masalah Kesejahteraan Sosial", "pmks")]
    [InlineData("Persentase PMKS yang tertangani", "ppks")]
    [InlineData("Jumlah PPKS yang memperoleh bantuan", "penyandang masalah kesejahteraan sosial")]
    [InlineData("Orang Dengan Gangguan Jiwa (ODGJ) terlantar", "telantar")]
    [InlineData("Orang dengan Gangguan Jiwa", "odgj")]
    [InlineData("Penyaluran Bansos Inflasi", "bantuan sosial")]
    [InlineData("Bantuan Sosial kepada Keluarga Miskin", "bansos")]
    [InlineData("Pemberdayaan Kelompok Usaha Bersama", "kube")]
    [InlineData("Pengelolaan Data Terpadu Kesejahteraan Sosial", "dtks")]
    [InlineData("Pendampingan PKH", "program keluarga harapan")]
    [InlineData("Penyandang Disabilitas Terlantar", "difabel")]
    [InlineData("Potensi dan Sumber Kesejahteraan Sosial (PSKS)", "potensi sumber kesejahteraan sosial")]
    [InlineData("Dinas Sosial Kabupaten Tanah Laut", "dinsos")]
    public void A_text_gets_the_other_terms_of_every_group_it_contains(string text, string expected) =>
        Assert.Contains(expected, SearchSynonyms.Expansions(text));

    [Fact]
    public void Terms_match_whole_words_only()
    {
        // "kata" contains "kat" and "paket" contains "pk", but neither is the word.
        Assert.Empty(SearchSynonyms.Expansions("Jumlah paket kata sambutan"));
        // "usia" alone is not "lanjut usia".
        Assert.DoesNotContain("lansia", SearchSynonyms.Expansions("Anak usia sekolah"));
    }

    [Fact]
    public void A_term_the_text_already_has_is_not_added_again()
    {
        var added = SearchSynonyms.Expansions("Lanjut Usia (Lansia)");
        Assert.DoesNotContain("lansia", added);
        Assert.DoesNotContain("lanjut usia", added);
        Assert.Contains("usia lanjut", added);
    }

    [Theory]
    [InlineData("Lanjut-Usia (LANSIA)", "lanjut usia lansia")]
    [InlineData("  Pelaihari,  Takisung ", "pelaihari takisung")]
    [InlineData("Bantuan Sosial Café", "bantuan sosial cafe")]
    public void Normalising_lowers_case_drops_accents_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, SearchSynonyms.Normalise(text));

    [Fact]
    public void Every_term_is_normalised_and_in_one_group_only()
    {
        var terms = SearchSynonyms.Groups.SelectMany(g => g).ToList();
        Assert.All(terms, t => Assert.Equal(SearchSynonyms.Normalise(t), t));
        Assert.Equal(terms.Count, terms.Distinct().Count());
        Assert.All(SearchSynonyms.Groups, g => Assert.True(g.Count >= 2, $"The group {string.Join(", ", g)} has nothing to match with."));
    }
}
