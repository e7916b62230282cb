using Microsoft.EntityFrameworkCore;
using Sakip.Api.Seeding;
using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Loading;

/// <summary>With PostgreSQL's per-row foreign key checks off for the copy, the loader's own set-based check catches a dangling reference.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReferenceCheckTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-references-").FullName;

    [Fact]
    public async Task A_row_naming_a_missing_indicator_fails_the_check_with_the_reference_named()
    {
        var seed = Path.Combine(_root, "seed");
        Write(seed, [new SeedCopy(Lkjip, "a-lkjip", "11.01", "dinsos")]);
        await using var database = await ScratchDatabase.CreateAsync(fixture, "references");
        await database.LoadAsync(seed);
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var regions = await db.Regions.Select(r => r.Id).ToListAsync();
        Assert.True(await ReferenceCheck.TrySkipRowChecksAsync(db, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None));
        // Verified clean first: the check passes on what the loader wrote.
        await ReferenceCheck.VerifyAsync(db, regions, new Dictionary<Type, long>(), CancellationToken.None);
        await ReferenceCheck.TrySkipRowChecksAsync(db, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO contributions (region_id, id, plan_node_id, indicator_id, source_row_id) "
            + "SELECT region_id, id + 1000000, plan_node_id, 987654321, source_row_id FROM contributions LIMIT 1");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ReferenceCheck.VerifyAsync(db, regions, new Dictionary<Type, long>(), CancellationToken.None));
        Assert.Contains("contributions(region_id, indicator_id) -> indicators: 1", error.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
