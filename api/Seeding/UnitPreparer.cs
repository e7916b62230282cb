using Sakip.Api.Budgets;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;
using Sakip.Api.Statistics;

namespace Sakip.Api.Seeding;

/// <summary>One agency's rows, checked and reconciled, ready to copy; or the errors that stop the run.</summary>
internal sealed record PreparedUnit(EntityBuffer Buffer, int RegionId, int Documents, IReadOnlyList<SeedError> Errors)
{
    public IReadOnlyList<SeedError> Warnings { get; init; } = [];
}

/// <summary>
/// Everything a load does to one agency before the database: reads its document folders, builds their rows, checks
/// them and reconciles them. It runs beside the copy of the previous agency and touches no database: regions, scales and
/// PPKS categories come from the maps the loader read once and this preparer keeps up to date, in load order.
/// </summary>
internal sealed class UnitPreparer(string root, IdCounters ids, Dictionary<string, Region> regions, Dictionary<int, RegionCapaianScale> scales,
    Dictionary<int, Dictionary<string, PpksCategory>> categories, BulkWriter writer)
{
    private bool _failed;

    public PreparedUnit Prepare(SeedLoader.Unit unit)
    {
        var buffer = new EntityBuffer(ids);
        var errors = new List<SeedError>();
        var seeds = new List<SeedDocument>();
        var warnings = new List<SeedError>();
        foreach (var entry in unit.Entries)
        {
            if (SeedReader.ReadDocument(entry.Path, root, entry.Stamp, errors, warnings) is { } seed)
            {
                seeds.Add(seed);
            }
        }
        if (seeds.Count < unit.Entries.Count)
        {
            return Failed(buffer, unit, errors) with { Warnings = warnings };
        }
        var manifest = seeds[0].Manifest;
        var region = ResolveRegion(seeds, buffer, errors);
        var agency = buffer.Add(new Agency { RegionId = region.Id, Key = manifest.Agency.Key, Name = manifest.Agency.Name });
        if (!categories.TryGetValue(region.Id, out var known))
        {
            categories[region.Id] = known = new(StringComparer.Ordinal);
        }
        errors.AddRange(new SeedImporter(buffer).Import(seeds, region, agency, known));
        if (errors.Count > 0 || _failed)
        {
            // The run will not be written; the remaining agencies are still checked, so it reports all its errors.
            return Failed(buffer, unit, errors) with { Warnings = warnings };
        }
        foreach (var category in buffer.Added(typeof(PpksCategory)).Cast<PpksCategory>())
        {
            known.TryAdd(category.Key, category);
        }
        var documents = buffer.Added(typeof(Document)).Cast<Document>().ToList();
        foreach (var document in documents)
        {
            document.Rows = seeds.First(s => s.Manifest.Key == document.Key).RowCount;
        }
        writer.ResolveReferences(buffer);
        var reconciliation = new Reconciler(ReconcileInputOf(buffer) with { Scale = scales.GetValueOrDefault(region.Id)?.ToScale() }).Run();
        foreach (var document in documents)
        {
            document.Checks = reconciliation.ChecksByDocument.GetValueOrDefault(document.Id);
        }
        foreach (var finding in reconciliation.Findings)
        {
            buffer.Add(finding);
        }
        return new PreparedUnit(buffer, region.Id, unit.Entries.Count, errors) { Warnings = warnings };
    }

    private PreparedUnit Failed(EntityBuffer buffer, SeedLoader.Unit unit, List<SeedError> errors)
    {
        _failed |= errors.Count > 0;
        buffer.Clear();
        return new PreparedUnit(buffer, 0, unit.Entries.Count, errors);
    }

    private static ReconcileInput ReconcileInputOf(EntityBuffer buffer)
    {
        List<T> Rows<T>() => buffer.Added(typeof(T)).Cast<T>().ToList();
        return new ReconcileInput(Rows<Document>(), Rows<SourceTable>(), Rows<SourceRow>(), Rows<PlanNode>(), Rows<BudgetFigure>(),
            Rows<Indicator>(), Rows<IndicatorFigure>(), Rows<PpksFigure>(), Rows<AidFigure>(), Rows<StaffCount>(), Rows<StatedTotal>());
    }

    /// <summary>
    /// The region of a unit: the stored one (which every document must name alike), or a new one with the capaian scale
    /// its first document that gives one declares (Permendagri 86/2017 when none does).
    /// </summary>
    private Region ResolveRegion(List<SeedDocument> seeds, EntityBuffer buffer, List<SeedError> errors)
    {
        var manifest = seeds[0].Manifest;
        if (!regions.TryGetValue(manifest.Region.Code, out var region))
        {
            region = buffer.Add(new Region { Code = manifest.Region.Code, Name = manifest.Region.Name, Province = manifest.Region.Province });
            regions[region.Code] = region;
            var declared = seeds.Select(s => s.Manifest.Region.CapaianScale).FirstOrDefault(s => s is not null);
            var cap = seeds.Select(s => s.Manifest.Region.CapaianCap).FirstOrDefault(c => c is not null);
            var scale = RegionCapaianScale.For(region.Id, declared?.ToScale(cap) ?? CapaianScale.Permendagri86 with { Cap = cap });
            scales[region.Id] = buffer.Add(scale);
        }
        foreach (var seed in seeds)
        {
            var named = seed.Manifest.Region;
            if (named.Name != region.Name || named.Province != region.Province)
            {
                errors.Add(new SeedError(seed.ManifestFile, null, "region.name",
                    $"region {region.Code} is '{region.Name}, {region.Province}' in its other documents, not '{named.Name}, {named.Province}'"));
            }
            if (named.CapaianScale is { } s && scales.TryGetValue(region.Id, out var stored)
                && !s.ToScale(stored.Cap).Equals(stored.ToScale()))
            {
                errors.Add(new SeedError(seed.ManifestFile, null, "region.capaian_scale",
                    $"region {region.Code} already has the capaian scale '{stored.Name}'; its documents must declare the same one or none"));
            }
            if (named.CapaianCap is { } c && scales.TryGetValue(region.Id, out var withCap) && withCap.Cap != c)
            {
                errors.Add(new SeedError(seed.ManifestFile, null, "region.capaian_cap",
                    $"region {region.Code} has {(withCap.Cap is { } had ? $"the capaian cap {had}" : "no capaian cap")} in its other documents; its documents must declare the same one or none"));
            }
        }
        return region;
    }
}
