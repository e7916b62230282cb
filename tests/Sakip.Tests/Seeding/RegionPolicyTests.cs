using Microsoft.EntityFrameworkCore;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Seeding;

/// <summary>A region's capaian cap (region.capaian_cap): a capaian above it is the cap, the uncapped value and the cap in the trace.</summary>
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

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
