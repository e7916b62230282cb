using System.Text.Json;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Statistics;

namespace Sakip.Api.Seeding;

/// <summary>
/// Turns the documents of one agency (the load unit: its documents share the agency's units, plan tree and indicators)
/// into rows in an <see cref="EntityBuffer"/>, in three steps: documents, tables and source rows; then the units, plan
/// nodes, indicators and categories the rows define (in any table order); then the figures. Every problem is collected
/// with its file, line and field; the caller writes the buffer only when there are none.
/// </summary>
internal sealed partial class SeedImporter(EntityBuffer buffer)
{
    private readonly List<SeedError> _errors = [];

    /// <summary>The table keys of the document whose figures are being added (a narrative row may name one).</summary>
    private List<string> _documentTables = [];
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

    /// <summary>
    /// Buffers the rows of one agency's documents. <paramref name="regionCategories"/> holds the PPKS categories other
    /// agencies of the region already defined (stored), which this agency's figures use rather than define again.
    /// </summary>
    public IReadOnlyList<SeedError> Import(IReadOnlyList<SeedDocument> seeds, Region region, Agency agency,
        IReadOnlyDictionary<string, PpksCategory> regionCategories)
    {
        var categories = new Dictionary<string, CategoryDefinition>(StringComparer.Ordinal);
        var scope = new AgencyScope(region, agency, categories);
        var documents = new List<(SeedDocument Seed, Document Entity)>();
        foreach (var seed in seeds)
        {
            var document = buffer.Add(new Document
            {
                RegionId = region.Id,
                AgencyId = agency.Id,
                Key = seed.Manifest.Key,
                Kind = Enum.Parse<DocumentKind>(seed.Manifest.Kind, ignoreCase: true),
                Year = seed.Manifest.Year,
                Title = seed.Manifest.Title,
                SourceFile = seed.Manifest.SourceFile,
                PublishedOn = seed.Manifest.PublishedOn is { } on ? DateOnly.ParseExact(on, "yyyy-MM-dd") : null,
                PublishedPlace = seed.Manifest.PublishedPlace,
                SignatoryLine = seed.Manifest.Signatory?.Line,
                OriginalTitle = seed.Manifest.Original?.Title,
                Publisher = seed.Manifest.Original?.Publisher,
                OriginalUrl = seed.Manifest.Original?.Url,
                OriginalSha256 = seed.Manifest.Original?.Sha256,
                ContentHash = seed.ContentHash,
                SeedStamp = seed.Stamp,
            });
            documents.Add((seed, document));
            var ordinal = 0;
            foreach (var table in seed.Tables)
            {
                var sourceTable = buffer.Add(new SourceTable
                {
                    RegionId = region.Id,
                    DocumentId = document.Id,
                    Key = table.Key,
                    Kind = table.Kind,
                    Number = table.Manifest.Number,
                    Caption = table.Manifest.Caption,
                    Page = table.Manifest.Page,
                    LineFrom = table.LineFrom,
                    LineTo = table.LineTo,
                    Year = table.Year,
                    SeedFile = table.File,
                    Ordinal = ++ordinal,
                });
                _sourceTables[table] = sourceTable;
                foreach (var row in table.Rows)
                {
                    _sourceRows[row] = buffer.Add(new SourceRow
                    {
                        RegionId = region.Id,
                        SourceTableId = sourceTable.Id,
                        Ordinal = row.Ordinal,
                        Label = row.Label,
                        LineFrom = row.LineFrom,
                        LineTo = row.LineTo,
                        SeedLine = row.SeedLine,
                        IsTotal = row.IsTotal,
                        Note = row.Note,
                        Cells = JsonSerializer.SerializeToDocument(row.Cells),
                    });
                }
            }
        }

        foreach (var (key, category) in regionCategories)
        {
            // Defined by another agency's row (stored or loaded earlier in this run): no row of this unit defines it.
            categories[key] = new CategoryDefinition(key, null!) { Entity = category };
        }
        foreach (var (seed, _) in documents)
        {
            CollectDefinitions(seed, scope);
        }
        BuildDefinitions(scope);
        foreach (var (seed, document) in documents)
        {
            AddSignatory(seed, document, scope);
            _documentTables = seed.Tables.Select(t => t.Key).ToList();
            foreach (var table in seed.Tables)
            {
                AddFigures(table, _sourceTables[table], scope);
            }
        }
        return _errors;
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
            official = buffer.Add(new Official { RegionId = scope.Region.Id, AgencyId = scope.Agency.Id, Position = position });
            scope.Officials.Add(official);
        }
        official.Name ??= s.Name;
        official.Rank ??= s.Rank;
        official.Nip ??= s.Nip;
        document.Signatory = official;
    }
}
