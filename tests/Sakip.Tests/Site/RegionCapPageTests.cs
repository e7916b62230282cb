using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>A site of its own, built on a scratch database from the example document (examples/contoh-lkjip-2023:
/// Kabupaten Contoh, 99.01), whose region caps capaian at 100%.</summary>
public sealed class CappedRegionSiteFixture() : ScratchSiteFixture("site_cap", "cap")
{
    protected override void WriteSeed(string seed) => ExampleDocument.CopyTo(Path.Combine(seed, ExampleDocument.Key));
}

/// <summary>The pages of a region that caps capaian at 100%: the cap is stated, and a capaian above it is shown as the
/// cap beside the capaian the document printed, with the uncapped value in its calculation.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class RegionCapPageTests(DatabaseFixture database, CappedRegionSiteFixture site) : IClassFixture<CappedRegionSiteFixture>
{
    private const string Lkjip = "/wilayah/99-01/dinsos/2023/lkjip/";

    private async Task<IDocument> PageAsync(string path)
    {
        var folder = await site.GetAsync(database);
        var file = Path.Combine(folder, path.Trim('/').Replace('/', Path.DirectorySeparatorChar), "index.html");
        Assert.True(File.Exists(file), $"no page {path}");
        return new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file));
    }

    private static string Normalise(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Lkjip_page_states_the_cap_and_shows_the_capped_capaian_beside_the_printed_one_with_the_uncapped_value_in_its_calculation()
    {
        var page = await PageAsync(Lkjip);
        Assert.Contains("Capaian di atas 100% dilaporkan 100% (batas capaian daerah).", Normalise(page.Body!.TextContent));

        var table = page.GetElementById("capaian") ?? throw new Xunit.Sdk.XunitException("The LKjIP page has no capaian table.");
        var headers = table.QuerySelectorAll("thead th").Select(th => Normalise(th.TextContent)).ToList();
        var row = table.QuerySelectorAll("tbody tr").Single(r => Normalise(r.Children[0].TextContent) == "Persentase PPKS yang tertangani");
        string Cell(string header) => Normalise(row.Children[headers.IndexOf(header)].TextContent);
        Assert.Equal("100%", Cell("Capaian tercetak"));
        Assert.Equal("100,00%", Cell("Capaian dihitung"));
        Assert.EndsWith("= 105,00%, dibatasi 100% (batas capaian daerah)", Cell("Perhitungan"));
        Assert.Equal("Terlampaui Target", Cell("Kategori"));
    }

    [Fact]
    public async Task Region_page_states_the_cap_of_its_capaian_scale()
    {
        var page = await PageAsync("/wilayah/99-01/");
        Assert.Contains("Batas capaian daerah 100%: capaian yang lebih tinggi dilaporkan 100%, kelasnya dari capaian sebelum dibatasi.",
            Normalise(page.Body!.TextContent));
    }
}
