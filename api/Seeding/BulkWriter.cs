using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Sakip.Api.Budgets;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;
using Sakip.Api.Statistics;

namespace Sakip.Api.Seeding;

/// <summary>
/// Writes buffered entities with PostgreSQL's binary COPY, one COPY per table, columns and conversions taken from the
/// EF Core model so the copy writes exactly what SaveChanges would. A foreign key set through a navigation is resolved
/// from the referenced entity's key; a row referencing a row of a later table is written with that key empty and
/// completed by one UPDATE once both exist (the only such reference is a document's signatory).
/// </summary>
internal sealed class BulkWriter(SakipDbContext db)
{
    /// <summary>The order tables are copied in: each after every table it references.</summary>
    public static readonly Type[] Order =
    [
        typeof(Region), typeof(RegionCapaianScale), typeof(Agency), typeof(Document), typeof(SourceTable), typeof(SourceRow),
        typeof(Unit), typeof(Official), typeof(PpksCategory), typeof(PlanNode), typeof(Indicator), typeof(Contribution),
        typeof(IndicatorFigure), typeof(BudgetFigure), typeof(PpksFigure), typeof(PsksEntry), typeof(AidFigure),
        typeof(StaffPosition), typeof(StaffCount), typeof(AssetFigure), typeof(StatedTotal), typeof(Finding),
    ];

    /// <summary>A column; Late is the reference it belongs to when that row is written only after this one.</summary>
    private sealed record Column(string Name, string DataType, Func<object, object?> Read, Reference? Late = null);

    private sealed record Reference(IForeignKey Key, Func<object, object?> Principal);

    private sealed record TableMap(string Table, IReadOnlyList<Column> Columns, IReadOnlyList<Reference> References,
        IReadOnlyList<Reference> Later, Reference? Parent, string CopyCommand);

    private static readonly ConcurrentDictionary<Type, TableMap> Maps = new();

    public long RowsWritten { get; private set; }

    /// <summary>Sets every foreign key the buffered rows name through a navigation, as SaveChanges' fix-up would.</summary>
    public void ResolveReferences(EntityBuffer buffer)
    {
        foreach (var type in Order)
        {
            var map = Maps.GetOrAdd(type, t => BuildMap(db.Model, t));
            foreach (var row in buffer.Added(type))
            {
                ResolveReferences(map.References, row);
                ResolveReferences(map.Later, row);
            }
        }
    }

    public async Task WriteAsync(EntityBuffer buffer, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var late = new List<(TableMap Map, object Entity)>();
        foreach (var type in Order)
        {
            var rows = buffer.Added(type);
            if (rows.Count == 0)
            {
                continue;
            }
            var map = Maps.GetOrAdd(type, t => BuildMap(db.Model, t));
            foreach (var row in rows)
            {
                ResolveReferences(map.References, row);
            }
            var ordered = map.Parent is null ? rows : ParentsFirst(rows, map.Parent);
            // Synchronous writes: the importer fills a buffer and sends it when full; an await per value costs more than the copy.
            await using (var writer = await connection.BeginBinaryImportAsync(map.CopyCommand, ct))
            {
                writer.Timeout = TimeSpan.FromSeconds(db.Database.GetCommandTimeout() ?? 3600);
                foreach (var row in ordered)
                {
                    writer.StartRow();
                    foreach (var column in map.Columns)
                    {
                        var value = column.Late?.Principal(row) is not null ? null : column.Read(row);
                        if (value is null)
                        {
                            writer.WriteNull();
                        }
                        else
                        {
                            writer.Write(value, column.DataType);
                        }
                    }
                }
                await writer.CompleteAsync(ct);
            }
            RowsWritten += rows.Count;
            late.AddRange(map.Later.Count == 0 ? [] : rows.Where(r => map.Later.Any(l => l.Principal(r) is not null)).Select(r => (map, r)));
        }
        foreach (var (map, entity) in late)
        {
            ResolveReferences(map.Later, entity);
            foreach (var reference in map.Later)
            {
                var key = reference.Key.DeclaringEntityType.FindPrimaryKey()!;
                var assignments = reference.Key.Properties.Where(p => !key.Properties.Contains(p)).ToList();
                var parameters = new List<object?>();
                var set = string.Join(", ", assignments.Select(p => { parameters.Add(p.PropertyInfo!.GetValue(entity)); return $"\"{p.GetColumnName()}\" = @p{parameters.Count - 1}"; }));
                var where = string.Join(" AND ", key.Properties.Select(p => { parameters.Add(p.PropertyInfo!.GetValue(entity)); return $"\"{p.GetColumnName()}\" = @p{parameters.Count - 1}"; }));
                var update = $"UPDATE \"{map.Table}\" SET {set} WHERE {where}";
                await db.Database.ExecuteSqlRawAsync(update,
                    parameters.Select((p, i) => (object)new NpgsqlParameter($"p{i}", p)).ToArray(), ct);
            }
        }
    }

    /// <summary>Copies a navigation's key into the foreign key properties, as SaveChanges' fix-up would.</summary>
    private static void ResolveReferences(IReadOnlyList<Reference> references, object entity)
    {
        foreach (var reference in references)
        {
            if (reference.Principal(entity) is not { } principal)
            {
                continue;
            }
            var principalKey = reference.Key.PrincipalKey.Properties;
            for (var i = 0; i < principalKey.Count; i++)
            {
                reference.Key.Properties[i].PropertyInfo!.SetValue(entity, principalKey[i].PropertyInfo!.GetValue(principal));
            }
        }
    }

    /// <summary>Rows of a self-referencing table (plan nodes, units) ordered so that a parent precedes its children.</summary>
    private static List<object> ParentsFirst(IReadOnlyList<object> rows, Reference parent)
    {
        int Depth(object row)
        {
            var depth = 0;
            for (var current = parent.Principal(row); current is not null && depth <= rows.Count; current = parent.Principal(current))
            {
                depth++;
            }
            return depth;
        }
        return rows.Select((r, i) => (Row: r, Depth: Depth(r), Index: i)).OrderBy(x => x.Depth).ThenBy(x => x.Index).Select(x => x.Row).ToList();
    }

    private static TableMap BuildMap(IModel model, Type type)
    {
        var entityType = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var table = entityType.GetTableName()!;
        var columns = new List<Column>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.PropertyInfo is null)
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} is a shadow property; the bulk copy reads CLR properties only.");
            }
            var getter = property.PropertyInfo;
            columns.Add(Describe(property, o => getter.GetValue(o)));
        }
        foreach (var complex in entityType.GetComplexProperties())
        {
            var owner = complex.PropertyInfo!;
            foreach (var property in complex.ComplexType.GetProperties())
            {
                var getter = property.PropertyInfo!;
                columns.Add(Describe(property, o => owner.GetValue(o) is { } value ? getter.GetValue(value) : null));
            }
        }
        var position = Array.IndexOf(Order, type);
        if (position < 0)
        {
            throw new InvalidOperationException($"{type.Name} has no place in {nameof(BulkWriter)}.{nameof(Order)}.");
        }
        var references = new List<Reference>();
        var later = new List<Reference>();
        Reference? parent = null;
        foreach (var key in entityType.GetForeignKeys())
        {
            if (key.DependentToPrincipal?.PropertyInfo is not { } navigation)
            {
                continue;
            }
            var reference = new Reference(key, o => navigation.GetValue(o));
            if (key.PrincipalEntityType.ClrType == type)
            {
                parent = reference;
                references.Add(reference);
            }
            else if (Array.IndexOf(Order, key.PrincipalEntityType.ClrType) > position)
            {
                later.Add(reference);
            }
            else
            {
                references.Add(reference);
            }
        }
        var primaryKey = entityType.FindPrimaryKey()!.Properties;
        columns = columns.Select(c => c with
        {
            Late = later.FirstOrDefault(l => l.Key.Properties.Any(p => p.GetColumnName() == c.Name && !primaryKey.Contains(p))),
        }).ToList();
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        return new TableMap(table, columns, references, later, parent, $"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)");
    }

    private static Column Describe(IProperty property, Func<object, object?> read)
    {
        var mapping = property.GetRelationalTypeMapping();
        var converter = mapping.Converter;
        var storeType = mapping.StoreType;
        // Npgsql names types without their modifiers: "character varying(64)" is "character varying".
        var dataType = storeType.Contains('(') ? storeType[..storeType.IndexOf('(')] : storeType;
        Func<object, object?> value = converter is null ? read : o => read(o) is { } v ? converter.ConvertToProvider(v) : null;
        return new Column(property.GetColumnName(), dataType, value);
    }
}
