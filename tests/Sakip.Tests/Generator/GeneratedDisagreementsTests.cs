using Sakip.Api.Reconciliation;
using Sakip.Generator;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Generator;

/// <summary>
/// The synthetic national dataset adds no disagreement of its own: each generated document has exactly its template's findings
/// (less the ones the generator documents as removed) plus the disagreement planted in it, and every kind of check is planted.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class GeneratedDisagreementsTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"sakip-gen-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, true);
        }
    }

    [Fact]
    public async Task Generated_documents_have_their_templates_findings_plus_exactly_the_planted_ones()
    {
        var result = NationalGenerator.Run(new GeneratorOptions
        {
            Out = _out,
            Documents = 42,
            Templates = TestSeed.Folder,
            PlantShare = 0.25,
        });
        // Every kind but the narrative's and the kriteria's: a generated document has no prose (its template's narrative table
        // is dropped), and the seed templates print no kriteria.
        Assert.Equal(Enum.GetValues<FindingKind>().Where(k => k is not FindingKind.NarrativeVsTables and not FindingKind.KriteriaRecomputed).Order(),
            result.Planted.Select(p => p.Kind).Distinct().Order());

        // The run's database holds the templates alone (seed/); the generated set gets a fresh one.
        await using var generated = await ScratchDatabase.CreateAsync(fixture, "generated");
        var load = await generated.LoadAsync(_out);
        Assert.Equal(42, load.Documents);
        var actual = await StableFindings.ReadAsync(generated.CreateContext());
        var templateFindings = await StableFindings.ReadAsync(fixture.CreateContext());

        Assert.Equal(44, templateFindings.Count);
        Assert.Equal(result.Planted.Count, actual.Count(f => result.Planted.Any(p => p.Document == f.Document && p.Kind == f.Kind && p.Table == f.Table && p.Line == f.Line && p.Stated == f.Stated)));
        var problems = new List<string>();
        foreach (var doc in result.Documents)
        {
            var removed = result.Repairs.Where(r => r.Template == doc.TemplateKey).Select(r => (r.Table, r.Line)).ToHashSet();
            var expected = templateFindings
                .Where(f => f.Document == doc.TemplateKey && !doc.DroppedTables.Contains(f.Table) && !removed.Contains((f.Table, f.Line)))
                .Select(f => $"{f.Kind} {f.Table} L{f.Line} ({f.Row})")
                .Concat(result.Planted.Where(p => p.Document == doc.Key).Select(p => $"{p.Kind} {p.Table} L{p.Line} planted {p.Stated}"))
                .Order().ToList();
            var planted = result.Planted.Where(p => p.Document == doc.Key).ToList();
            var found = actual.Where(f => f.Document == doc.Key)
                .Select(f => planted.Any(p => p.Kind == f.Kind && p.Table == f.Table && p.Line == f.Line && p.Stated == f.Stated)
                    ? $"{f.Kind} {f.Table} L{f.Line} planted {f.Stated}"
                    : $"{f.Kind} {f.Table} L{f.Line} ({f.Row})")
                .Order().ToList();
            if (!expected.SequenceEqual(found))
            {
                problems.Add($"{doc.Key} (from {doc.TemplateKey}):\n  missing: {string.Join("; ", expected.Except(found))}\n  unexpected: {string.Join("; ", found.Except(expected))}"
                    + (expected.Count != found.Count ? $"\n  expected {expected.Count}, found {found.Count}" : ""));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
