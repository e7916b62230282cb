using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// <c>Region.contentHash</c> tells a client (the site generator) whether what it read of a region still holds after a
/// load: it changes for the regions whose documents the load added, reloaded or removed, and for no other.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RegionContentHashTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sakip-region-hash-");
    private ScratchDatabase _db = null!;

    private static readonly SeedCopy[] Before =
        [new(Rak, "a-rak", "91.01", "dinsos"), new(Lkjip, "b-lkjip", "91.02", "dinsos"), new(Rak, "c-rak", "91.03", "dinsos")];

    public async Task InitializeAsync() => _db = await ScratchDatabase.CreateAsync(database, "region_hash");

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _root.Delete(recursive: true);
    }

    [Fact]
    public async Task A_load_changes_the_content_hash_of_the_regions_whose_documents_it_changed_and_of_no_other()
    {
        var before = await LoadAndReadAsync("before", Before);
        Assert.Equal(3, before.Values.Distinct().Count());
        Assert.All(before.Values, h => Assert.Matches("^[0-9a-f]{32}$", h));

        // 91.01: a figure of a-rak changes; 91.03: c-rak is removed and d-lkjip added; 91.02 is as it was.
        var after = await LoadAndReadAsync("after", [Before[0], Before[1], new(Lkjip, "d-lkjip", "91.03", "dinsos")],
            seed => Replace(seed, "a-rak/T1.3.csv", "5.783.347.586", "5.783.347.587"));
        Assert.NotEqual(before["91.01"], after["91.01"]);
        Assert.Equal(before["91.02"], after["91.02"]);
        Assert.NotEqual(before["91.03"], after["91.03"]);
    }

    private async Task<Dictionary<string, string>> LoadAndReadAsync(string name, SeedCopy[] copies, Action<string>? change = null)
    {
        var seed = Path.Combine(_root.FullName, name, "seed");
        Write(seed, copies);
        change?.Invoke(seed);
        await _db.LoadAsync(seed);
        // A new API each time: the release it serves is read at most once a second.
        await using var api = new ApiFactory(_db.ConnectionString, new() { ["Database:LoadSeed"] = "false" });
        var data = await api.CreateGraphQLClient().QueryAsync("{ regions { code contentHash } }");
        return data.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("contentHash").GetString()!);
    }
}
