using System.Text.RegularExpressions;
using Sakip.Generator;
using Sakip.Site.Api;
using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>A region's social aid of every year comes in one set of StatisticsAgencyAid requests (a few agencies each),
/// and each statistics page shows the aid of its own year only: a generated region whose agencies print aid in their
/// LKjIP years (2022, 2024, 2026) and PSKS/PPKS in their RAK years as well (2021, 2023, 2025).</summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class RegionAidTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sakip-site-aid-");
    private ScratchDatabase _db = null!;
    private ApiFactory _api = null!;
    private GenerationResult _generated = null!;

    public async Task InitializeAsync()
    {
        var seed = Path.Combine(_root.FullName, "seed");
        // Two agencies of one region, each with a RAK and an LKjIP in 2022, 2024 and 2026.
        _generated = NationalGenerator.Run(new GeneratorOptions { Out = seed, Documents = 12, Templates = TestSeed.Folder });
        _db = await ScratchDatabase.CreateAsync(database, "site_aid");
        await _db.LoadAsync(seed);
        _api = new ApiFactory(_db.ConnectionString, new() { ["Database:LoadSeed"] = "false" });
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _db.DisposeAsync();
        _root.Delete(recursive: true);
    }

    [Fact]
    public async Task Each_statistics_page_shows_the_aid_of_its_year_from_one_request_for_the_regions_agencies()
    {
        var region = Assert.Single(_generated.Documents.Select(d => d.Region).Distinct());
        var agencies = _generated.Documents.Select(d => d.Agency).Distinct().ToList();
        Assert.Equal(2, agencies.Count);

        var counter = new OperationCounter(_api.Server.CreateHandler());
        var output = Path.Combine(_root.FullName, "out");
        var log = new StringWriter();
        Assert.True(await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", output], log, log, counter) == 0, log.ToString());

        // Six statistics years, but the two agencies' aid of all of them in one request.
        Assert.Equal(6, counter.Count("StatisticsPage"));
        Assert.Equal(1, counter.Count("StatisticsAgencyAid"));

        foreach (var year in new[] { 2021, 2022, 2023, 2024, 2025, 2026 })
        {
            var html = File.ReadAllText(Path.Combine(output, Paths.Statistics(region, year).Trim('/'), "index.html"));
            var cited = AidSource().Matches(html).Select(m => m.Groups[1].Value).Distinct().Order().ToList();
            // Aid is printed in the LKjIP of its year only.
            List<string> expected = year % 2 == 0 ? [.. agencies.Select(a => $"{region.Replace('.', '-')}-{a}-lkjip-{year}").Order()] : [];
            Assert.Equal(expected, cited);
            Assert.Equal(expected.Count, AidSection().Matches(html).Count);
        }
    }

    /// <summary>Counts the persisted operations the generator sends, by name.</summary>
    private sealed class OperationCounter(HttpMessageHandler api) : DelegatingHandler(api)
    {
        private readonly Dictionary<string, int> _counts = [];
        private static readonly Dictionary<string, string> NamesById = Queries.Names.ToDictionary(Queries.IdOf);

        public int Count(string operation)
        {
            lock (_counts) return _counts.GetValueOrDefault(operation);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var id = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.RequestUri!.Query)["id"].ToString();
            var name = NamesById.GetValueOrDefault(id, id);
            lock (_counts) _counts[name] = _counts.GetValueOrDefault(name) + 1;
            return base.SendAsync(request, ct);
        }
    }

    /// <summary>A citation of an aid table: the document it links.</summary>
    [GeneratedRegex("href=\"/dokumen/([^/\"]+)/#sumber-T-INFLASI-")]
    private static partial Regex AidSource();

    [GeneratedRegex("<h2 id=\"bagian-bantuan-\\d+\">")]
    private static partial Regex AidSection();
}
