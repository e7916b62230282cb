using Microsoft.EntityFrameworkCore;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Seeding;

/// <summary>
/// A region's policies in document.yaml: its capaian cap (region.capaian_cap: a capaian above it is the cap, the uncapped
/// value and the cap in the trace), its own scale of any number of classes with its labels, and the kriteria a table prints,
/// compared with the class of the recomputed capaian. The example document (examples/contoh-lkjip-2023, a fictitious
/// region) is the one seed/README.md walks a data officer through.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RegionPolicyTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-policy-").FullName;

    [Fact]
    public async Task A_capaian_above_the_regions_cap_is_the_cap_with_the_uncapped_value_in_its_trace()
    {
        var seed = TestSeed.CopyTo(Path.Combine(_root, "seed"), TestSeed.Lkjip);
        SeedCopies.Replace(seed, "tanahlaut-lkjip-2022/document.yaml", "  province: Kalimantan Selatan\n", "  province: Kalimantan Selatan\n  capaian_cap: 100\n");
        await using var scratch = await ScratchDatabase.CreateAsync(fixture, "policy");
        await scratch.LoadAsync(seed);
        await using var db = scratch.CreateContext();

        // PSKS trained: target 75%, realisation 77% (CAP-2022-Kabid-Dayasos-PFM): 102,67% uncapped.
        var capaian = await db.IndicatorCapaian.AsNoTracking()
            .Where(c => c.Year == 2022 && db.Indicators.Any(i => i.Id == c.IndicatorId && i.RegionId == c.RegionId && i.Key == "ind-psks-terlatih"))
            .SingleAsync();
        Assert.Equal(100m, capaian.Value);
        Assert.EndsWith("= 102,67%, dibatasi 100% (batas capaian daerah)", capaian.Trace);
        Assert.Equal(100m, (await db.RegionCapaianScales.AsNoTracking().SingleAsync()).Cap);
    }

    private string ExampleSeed()
    {
        var seed = Path.Combine(_root, "seed");
        ExampleDocument.CopyTo(Path.Combine(seed, ExampleDocument.Key));
        return seed;
    }

    [Fact]
    public async Task A_three_class_scale_with_a_cap_classes_each_capaian_and_finds_the_printed_kriteria_that_differs()
    {
        await using var scratch = await ScratchDatabase.CreateAsync(fixture, "kriteria");
        var result = await scratch.LoadAsync(ExampleSeed());
        await using var db = scratch.CreateContext();

        var capaian = await db.IndicatorCapaian.AsNoTracking()
            .Join(db.Indicators, c => new { c.RegionId, Id = c.IndicatorId }, i => new { i.RegionId, i.Id }, (c, i) => new { i.Key, c.Value, c.Kriteria, c.PublishedKriteria, c.Category, c.Trace })
            .ToDictionaryAsync(x => x.Key);
        Assert.Equal((100m, "Terlampaui Target", "Terlampaui Target"), (capaian["ind-ppks-tertangani"].Value, capaian["ind-ppks-tertangani"].Kriteria, capaian["ind-ppks-tertangani"].PublishedKriteria));
        Assert.EndsWith("= 105,00%, dibatasi 100% (batas capaian daerah)", capaian["ind-ppks-tertangani"].Trace);
        Assert.Equal((100m, "Tercapai Target"), (capaian["ind-bansos-tepat"].Value, capaian["ind-bansos-tepat"].Kriteria));
        Assert.Equal((80m, "Target Tidak Tercapai"), (capaian["ind-ppks-mandiri"].Value, capaian["ind-ppks-mandiri"].Kriteria));
        Assert.All(capaian.Values, c => Assert.Null(c.Category)); // three classes: no Permendagri category

        // Only the fourth row disagrees: printed "Tercapai Target" for 55 of 50 (110%, capped to 100).
        var finding = Assert.Single(await db.Findings.AsNoTracking().ToListAsync());
        Assert.Equal(1, result.Findings);
        Assert.Equal(Sakip.Api.Reconciliation.FindingKind.KriteriaRecomputed, finding.Kind);
        Assert.Equal(("Tercapai Target", "Terlampaui Target"), (finding.StatedText, finding.ComparedText));
        Assert.Contains("T3.1 L16", finding.StatedSource);
    }

    [Fact]
    public async Task Classes_out_of_order_are_refused_naming_the_file_line_and_key_and_nothing_is_loaded()
    {
        var seed = ExampleSeed();
        var line = SeedCopies.Replace(seed, "contoh-lkjip-2023/document.yaml", "        from: 100\n", "        from: 101\n");
        var error = await SeedCopies.LoadFailsLeavingTheDatabaseAsItWasAsync(fixture, seed);
        var problem = Assert.Single(error.Errors);
        Assert.EndsWith("contoh-lkjip-2023/document.yaml", problem.File.Replace('\\', '/'));
        Assert.Equal("region.capaian_scale.classes", problem.Field);
        Assert.Equal(line - 4, problem.Line); // the classes: key
        Assert.Contains("'Terlampaui Target' (lebih dari 100) is not above 'Tercapai Target' (dari 101)", problem.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
