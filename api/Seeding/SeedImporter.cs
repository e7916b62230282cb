using System.Text.Json;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;

namespace Sakip.Api.Seeding;

/// <summary>
/// Turns a read seed set into rows of the database, in three steps: documents, tables and source rows; then the
/// units, plan nodes, indicators and categories the rows define (in any table order); then the figures. Every
/// problem is collected with its file, line and field, and nothing is saved unless there are none.
/// </summary>
internal sealed partial class SeedImporter(SakipDbContext db)
{
    private readonly List<SeedError> _errors = [];
    private readonly Dictionary<string, Region> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Region, string Agency), AgencyScope> _agencies = [];
    private readonly Dictionary<SeedRow, SourceRow> _sourceRows = [];
    private readonly Dictionary<SeedTable, SourceTable> _sourceTables = [];

    /// <summary>The registries of keys of one agency; PPKS category keys are shared by a region.</summary>
    private sealed class AgencyScope(Region region, Agency agency, Dictionary<string, CategoryDefinition> categories)
    {
        public Region Region { get; } = region;
        public Agency Agency { get; } = agency;
        public Dictionary<string, UnitDefinition> Units { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, NodeDefinition> Nodes { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, IndicatorDefinition> Indicators { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, CategoryDefinition> Categories { get; } = categories;
        public List<Official> Officials { get; } = [];

        /// <summary>Every key a row names, checked even where an earlier row already gave the attribute.</summary>
        public List<(SeedRow Row, string Field, string Key)> UnitReferences { get; } = [];
        public List<(SeedRow Row, string Field, string Key)> NodeReferences { get; } = [];
        /// <summary>Rows that list their node under an indicator it works towards (the serves column).</summary>
        public List<(SeedRow Row, string NodeKey, string IndicatorKey)> Contributions { get; } = [];
    }

    public async Task ImportAsync(SeedSet set, CancellationToken ct)
    {
        ReportDuplicateDocuments(set.Documents);
        if (_errors.Count > 0)
        {
            throw new SeedValidationException(_errors);
        }
        var documents = new List<(SeedDocument Seed, Document Entity, AgencyScope Scope)>();
        foreach (var seed in set.Documents)
        {
            var scope = Scope(seed.Manifest);
            var document = new Document
            {
                RegionId = scope.Region.Id,
                AgencyId = scope.Agency.Id,
                Key = seed.Manifest.Key,
                Kind = Enum.Parse<DocumentKind>(seed.Manifest.Kind, ignoreCase: true),
                Year = seed.Manifest.Year,
                Title = seed.Manifest.Title,
                SourceFile = seed.Manifest.SourceFile,
                PublishedOn = seed.Manifest.PublishedOn is { } on ? DateOnly.ParseExact(on, "yyyy-MM-dd") : null,
                PublishedPlace = seed.Manifest.PublishedPlace,
                SignatoryLine = seed.Manifest.Signatory?.Line,
            };
            db.Documents.Add(document);
            documents.Add((seed, document, scope));
        }
        await db.SaveChangesAsync(ct);

        foreach (var (seed, document, _) in documents)
        {
            var ordinal = 0;
            foreach (var table in seed.Tables)
            {
                var sourceTable = new SourceTable
                {
                    RegionId = document.RegionId,
                    DocumentId = document.Id,
                    Key = table.Key,
                    Kind = table.Kind,
                    Number = table.Manifest.Number,
                    Caption = table.Manifest.Caption,
                    LineFrom = table.LineFrom,
                    LineTo = table.LineTo,
                    Year = table.Year,
                    SeedFile = table.File,
                    Ordinal = ++ordinal,
                };
                db.SourceTables.Add(sourceTable);
                _sourceTables[table] = sourceTable;
            }
        }
        await db.SaveChangesAsync(ct);

        foreach (var (table, sourceTable) in _sourceTables)
        {
            foreach (var row in table.Rows)
            {
                var sourceRow = new SourceRow
                {
                    RegionId = sourceTable.RegionId,
                    SourceTableId = sourceTable.Id,
                    Ordinal = row.Ordinal,
                    Label = row.Label,
                    LineFrom = row.LineFrom,
                    LineTo = row.LineTo,
                    SeedLine = row.SeedLine,
                    IsTotal = row.IsTotal,
                    Note = row.Note,
                    Cells = JsonSerializer.SerializeToDocument(row.Cells),
                };
                db.SourceRows.Add(sourceRow);
                _sourceRows[row] = sourceRow;
            }
        }
        await db.SaveChangesAsync(ct);

        foreach (var (seed, _, scope) in documents)
        {
            CollectDefinitions(seed, scope);
        }
        foreach (var scope in _agencies.Values)
        {
            BuildDefinitions(scope);
        }
        foreach (var (seed, document, scope) in documents)
        {
            AddSignatory(seed, document, scope);
            foreach (var table in seed.Tables)
            {
                AddFigures(table, _sourceTables[table], scope);
            }
        }
        if (_errors.Count > 0)
        {
            throw new SeedValidationException(_errors);
        }
        await db.SaveChangesAsync(ct);
    }

    private AgencyScope Scope(DocumentManifest manifest)
    {
        if (!_regions.TryGetValue(manifest.Region.Code, out var region))
        {
            region = new Region { Code = manifest.Region.Code, Name = manifest.Region.Name, Province = manifest.Region.Province };
            db.Regions.Add(region);
            db.SaveChanges();
            var scale = manifest.Region.CapaianScale is { } s
                ? new CapaianScale(s.Name, s.Source, s.SangatTinggiFrom, s.TinggiFrom, s.SedangFrom, s.RendahFrom)
                : CapaianScale.Permendagri86;
            db.Add(RegionCapaianScale.For(region.Id, scale));
            _regions[region.Code] = region;
        }
        if (!_agencies.TryGetValue((region.Code, manifest.Agency.Key), out var scope))
        {
            var agency = new Agency { RegionId = region.Id, Key = manifest.Agency.Key, Name = manifest.Agency.Name };
            db.Agencies.Add(agency);
            db.SaveChanges();
            var shared = _agencies.Values.FirstOrDefault(s => s.Region == region)?.Categories ?? new(StringComparer.Ordinal);
            scope = new AgencyScope(region, agency, shared);
            _agencies[(region.Code, agency.Key)] = scope;
        }
        return scope;
    }

    private void ReportDuplicateDocuments(IEnumerable<SeedDocument> documents)
    {
        var groups = documents.GroupBy(d => (d.Manifest.Region.Code, d.Manifest.Agency.Key, Kind: d.Manifest.Kind.ToUpperInvariant(), d.Manifest.Year));
        foreach (var group in groups.Where(g => g.Count() > 1))
        {
            _errors.Add(new SeedError(group.Last().ManifestFile, null, "kind",
                $"the agency already has a {group.Key.Kind} document for {group.Key.Year} ({group.First().Manifest.Key})"));
        }
    }

    private void AddSignatory(SeedDocument seed, Document document, AgencyScope scope)
    {
        if (seed.Manifest.Signatory is not { } s || (s.Name ?? s.Position) is null)
        {
            return;
        }
        // The signatory is usually the head of a unit the organisation list already named: complete that official.
        var position = s.Position ?? "Penandatangan";
        var official = scope.Officials.FirstOrDefault(o => string.Equals(o.Position, position, StringComparison.OrdinalIgnoreCase));
        if (official is null)
        {
            official = new Official { RegionId = scope.Region.Id, AgencyId = scope.Agency.Id, Position = position };
            scope.Officials.Add(official);
            db.Officials.Add(official);
        }
        official.Name ??= s.Name;
        official.Rank ??= s.Rank;
        official.Nip ??= s.Nip;
        document.Signatory = official;
    }
}
