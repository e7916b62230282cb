using MessagePack;
using MessagePack.Formatters;
using Sakip.Api.Budgets;
using Sakip.Api.Data;
using Sakip.Core.Figures;

namespace Sakip.Api.Plan;

/// <summary>
/// Writes and reads a <see cref="PlanSheet"/> as MessagePack arrays, each entity's scalar properties in a fixed order.
/// A sheet is decoded on every uncached request for an agency's plan of a year: the contractless formatter it replaces
/// matched every property by name, wrote each navigation property as a nil and decimals as text, and took 21% of a RAK
/// request's CPU (docs/benchmarks.md). The order below is the format: changing it, or an entity's scalar properties,
/// means raising <see cref="PlanSheet.Format"/>. <c>PlanSheetFormatTests</c> round-trips every scalar property of each entity,
/// so a property added to an entity and not here fails a test instead of being lost.
/// </summary>
public sealed class PlanSheetFormatter : IMessagePackFormatter<PlanSheet>
{
    public static readonly PlanSheetFormatter Instance = new();

    public void Serialize(ref MessagePackWriter writer, PlanSheet value, MessagePackSerializerOptions options)
    {
        writer.WriteArrayHeader(5);
        WriteList(ref writer, value.Nodes, Write);
        WriteList(ref writer, value.Indicators, Write);
        WriteList(ref writer, value.Figures, Write);
        WriteList(ref writer, value.Budgets, Write);
        WriteList(ref writer, value.BudgetFigures, Write);
    }

    public PlanSheet Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        Expect(ref reader, 5);
        return new PlanSheet
        {
            Nodes = ReadList(ref reader, ReadNode),
            Indicators = ReadList(ref reader, ReadIndicator),
            Figures = ReadList(ref reader, ReadIndicatorFigure),
            Budgets = ReadList(ref reader, ReadRollUp),
            BudgetFigures = ReadList(ref reader, ReadBudgetFigure),
        };
    }

    delegate void Writer<in T>(ref MessagePackWriter writer, T value);
    delegate T Reader<out T>(ref MessagePackReader reader);

    static void WriteList<T>(ref MessagePackWriter writer, List<T> items, Writer<T> write)
    {
        writer.WriteArrayHeader(items.Count);
        foreach (var item in items) write(ref writer, item);
    }

    static List<T> ReadList<T>(ref MessagePackReader reader, Reader<T> read)
    {
        var count = reader.ReadArrayHeader();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++) items.Add(read(ref reader));
        return items;
    }

    static void Expect(ref MessagePackReader reader, int fields)
    {
        var count = reader.ReadArrayHeader();
        if (count != fields) throw new MessagePackSerializationException($"A plan sheet entry has {count} fields where its format has {fields}.");
    }

    static void Write(ref MessagePackWriter w, PlanNode n)
    {
        w.WriteArrayHeader(11);
        w.Write(n.RegionId); w.Write(n.Id); w.Write(n.AgencyId); w.Write(n.Key); w.Write((int)n.Level); w.Write(n.Code); w.Write(n.Name);
        w.Write(n.Goal); Write(ref w, n.ParentId); Write(ref w, n.UnitId); w.Write(n.SourceRowId);
    }

    static PlanNode ReadNode(ref MessagePackReader r)
    {
        Expect(ref r, 11);
        return new PlanNode
        {
            RegionId = r.ReadInt32(), Id = r.ReadInt64(), AgencyId = r.ReadInt64(), Key = r.ReadString()!, Level = (PlanLevel)r.ReadInt32(),
            Code = r.ReadString(), Name = r.ReadString()!, Goal = r.ReadString(), ParentId = ReadInt64(ref r), UnitId = ReadInt64(ref r),
            SourceRowId = r.ReadInt64(),
        };
    }

    static void Write(ref MessagePackWriter w, Indicator i)
    {
        w.WriteArrayHeader(14);
        w.Write(i.RegionId); w.Write(i.Id); w.Write(i.AgencyId); w.Write(i.Key); w.Write(i.PlanNodeId); w.Write(i.Name); w.Write(i.Unit);
        w.Write((int)i.Kind); w.Write((int)i.Polarity); Write(ref w, (int?)i.Aggregation); w.Write(i.Definition); w.Write(i.Formula);
        Write(ref w, i.ResponsibleUnitId); w.Write(i.SourceRowId);
    }

    static Indicator ReadIndicator(ref MessagePackReader r)
    {
        Expect(ref r, 14);
        return new Indicator
        {
            RegionId = r.ReadInt32(), Id = r.ReadInt64(), AgencyId = r.ReadInt64(), Key = r.ReadString()!, PlanNodeId = r.ReadInt64(),
            Name = r.ReadString()!, Unit = r.ReadString(), Kind = (IndicatorKind)r.ReadInt32(), Polarity = (Polarity)r.ReadInt32(),
            Aggregation = (Aggregation?)ReadInt32(ref r), Definition = r.ReadString(), Formula = r.ReadString(),
            ResponsibleUnitId = ReadInt64(ref r), SourceRowId = r.ReadInt64(),
        };
    }

    static void Write(ref MessagePackWriter w, IndicatorFigure f)
    {
        w.WriteArrayHeader(10);
        w.Write(f.RegionId); w.Write(f.Id); w.Write(f.IndicatorId); w.Write((int)f.Measure); w.Write(f.Year); w.Write((int)f.PeriodKind);
        w.Write(f.PeriodNo); Write(ref w, f.Figure); w.Write(f.SourceTableId); w.Write(f.SourceRowId);
    }

    static IndicatorFigure ReadIndicatorFigure(ref MessagePackReader r)
    {
        Expect(ref r, 10);
        return new IndicatorFigure
        {
            RegionId = r.ReadInt32(), Id = r.ReadInt64(), IndicatorId = r.ReadInt64(), Measure = (IndicatorMeasure)r.ReadInt32(), Year = r.ReadInt32(),
            PeriodKind = (PeriodKind)r.ReadInt32(), PeriodNo = r.ReadInt32(), Figure = ReadFigure(ref r), SourceTableId = r.ReadInt64(),
            SourceRowId = r.ReadInt64(),
        };
    }

    static void Write(ref MessagePackWriter w, NodeBudgetRollUp b)
    {
        w.WriteArrayHeader(13);
        w.Write(b.RegionId); w.Write(b.PlanNodeId); w.Write(b.Year); w.Write(b.AgencyId); Write(ref w, b.PaguId); Write(ref w, b.RealisationId);
        Write(ref w, b.RolledUpPagu); Write(ref w, b.RolledUpRealisation); Write(ref w, b.ChildrenPagu); Write(ref w, b.ChildrenRealisation);
        Write(ref w, b.AbsorptionValue); w.Write(b.AbsorptionFormula); w.Write(b.AbsorptionTrace);
    }

    static NodeBudgetRollUp ReadRollUp(ref MessagePackReader r)
    {
        Expect(ref r, 13);
        return new NodeBudgetRollUp
        {
            RegionId = r.ReadInt32(), PlanNodeId = r.ReadInt64(), Year = r.ReadInt32(), AgencyId = r.ReadInt64(), PaguId = ReadInt64(ref r),
            RealisationId = ReadInt64(ref r), RolledUpPagu = ReadDecimal(ref r), RolledUpRealisation = ReadDecimal(ref r),
            ChildrenPagu = ReadDecimal(ref r), ChildrenRealisation = ReadDecimal(ref r), AbsorptionValue = ReadDecimal(ref r),
            AbsorptionFormula = r.ReadString()!, AbsorptionTrace = r.ReadString()!,
        };
    }

    static void Write(ref MessagePackWriter w, BudgetFigure f)
    {
        w.WriteArrayHeader(11);
        w.Write(f.RegionId); w.Write(f.Id); w.Write(f.AgencyId); Write(ref w, f.PlanNodeId); w.Write((int)f.Measure); w.Write(f.Year);
        w.Write((int)f.PeriodKind); w.Write(f.PeriodNo); Write(ref w, f.Amount); w.Write(f.SourceTableId); w.Write(f.SourceRowId);
    }

    static BudgetFigure ReadBudgetFigure(ref MessagePackReader r)
    {
        Expect(ref r, 11);
        return new BudgetFigure
        {
            RegionId = r.ReadInt32(), Id = r.ReadInt64(), AgencyId = r.ReadInt64(), PlanNodeId = ReadInt64(ref r), Measure = (BudgetMeasure)r.ReadInt32(),
            Year = r.ReadInt32(), PeriodKind = (PeriodKind)r.ReadInt32(), PeriodNo = r.ReadInt32(), Amount = ReadFigure(ref r),
            SourceTableId = r.ReadInt64(), SourceRowId = r.ReadInt64(),
        };
    }

    static void Write(ref MessagePackWriter w, Figure f)
    {
        w.WriteArrayHeader(5);
        w.Write((int)f.State); Write(ref w, f.Value); w.Write(f.Grade); w.Write(f.Published); w.Write(f.Reason);
    }

    static Figure ReadFigure(ref MessagePackReader r)
    {
        Expect(ref r, 5);
        return new Figure { State = (FigureState)r.ReadInt32(), Value = ReadDecimal(ref r), Grade = r.ReadString(), Published = r.ReadString()!, Reason = r.ReadString() };
    }

    static void Write(ref MessagePackWriter w, long? value)
    {
        if (value is { } v) w.Write(v);
        else w.WriteNil();
    }

    static void Write(ref MessagePackWriter w, int? value)
    {
        if (value is { } v) w.Write(v);
        else w.WriteNil();
    }

    static long? ReadInt64(ref MessagePackReader r) => r.TryReadNil() ? null : r.ReadInt64();

    static int? ReadInt32(ref MessagePackReader r) => r.TryReadNil() ? null : r.ReadInt32();

    /// <summary>A decimal as its four 32-bit parts (<see cref="decimal.GetBits(decimal)"/>): exact, scale included, so
    /// "5783347586.00" stays "5783347586.00"; MessagePack's own decimal formatter writes and parses text.</summary>
    static void Write(ref MessagePackWriter w, decimal? value)
    {
        if (value is not { } v)
        {
            w.WriteNil();
            return;
        }
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(v, bits);
        w.WriteArrayHeader(4);
        foreach (var part in bits) w.Write(part);
    }

    static decimal? ReadDecimal(ref MessagePackReader r)
    {
        if (r.TryReadNil()) return null;
        Expect(ref r, 4);
        Span<int> bits = [r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32()];
        return new decimal(bits);
    }
}
