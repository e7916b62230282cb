using Microsoft.EntityFrameworkCore;
using Sakip.Api.Seeding;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Seeding;

[Collection(DatabaseCollection.Name)]
public sealed class SeedIdempotencyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Loading_the_same_seed_again_changes_nothing()
    {
        var before = await TableCounts.ReadAsync(fixture);
        await using var db = fixture.CreateContext();
        var result = await DatabaseFixture.LoadSeedAsync(db, TestSeed.Folder);
        Assert.Equal(SeedOutcome.Unchanged, result.Outcome);
        Assert.Equal(before, await TableCounts.ReadAsync(fixture));
    }

    [Fact]
    public async Task Reloading_the_seed_from_scratch_gives_the_same_rows_and_findings()
    {
        var before = await TableCounts.ReadAsync(fixture);
        await using var db = fixture.CreateContext();
        await db.SeedLoads.ExecuteDeleteAsync(); // forget the last load, so the loader replaces everything
        var result = await DatabaseFixture.LoadSeedAsync(db, TestSeed.Folder);
        Assert.Equal(SeedOutcome.Loaded, result.Outcome);
        Assert.Equal(before, await TableCounts.ReadAsync(fixture));
    }
}
