using Sakip.Api.Seeding;
using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Loading;

/// <summary>A run reports every error, each with file, line and field, and changes nothing.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class LoadErrorTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-errors-").FullName;

    [Fact]
    public async Task A_run_with_150_broken_documents_names_and_lists_every_error_and_changes_nothing()
    {
        var good = Path.Combine(_root, "good", "seed");
        Write(good, [new SeedCopy(Rak, "a-rak", "11.01", "dinsos"), new SeedCopy(Lkjip, "a-lkjip", "11.01", "dinsos")]);
        var broken = Path.Combine(_root, "broken", "seed");
        var copies = Enumerable.Range(1, 150).Select(i => new SeedCopy(Rak, $"rak-{i:D3}", $"12.{i % 99 + 1:D2}.{i / 99 + 1:D2}", "dinsos")).ToList();
        Write(broken, copies);
        foreach (var copy in copies)
        {
            Replace(broken, $"{copy.Key}/T1.3.csv", "5.783.347.586", "5.783.347.58x");
        }
        await using var database = await ScratchDatabase.CreateAsync(fixture, "errors");
        await database.LoadAsync(good);
        await using var connection = await database.OpenConnectionAsync();
        var before = await DatabaseContent.ReadAsync(connection);

        var error = await Assert.ThrowsAsync<SeedValidationException>(() => database.LoadAsync(broken));

        Assert.Equal(150, error.Errors.Count);
        Assert.All(error.Errors, e => Assert.Equal(("amount", 2), (e.Field, e.Line)));
        Assert.Equal(copies.Select(c => $"seed/{c.Key}/T1.3.csv"), error.Errors.Select(e => e.File));
        Assert.All(copies, c => Assert.Contains($"seed/{c.Key}/T1.3.csv:2: field 'amount'", error.Message));
        Assert.Null(DatabaseContent.Difference(before, await DatabaseContent.ReadAsync(connection)));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
