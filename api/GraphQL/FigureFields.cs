using GraphQL.Types;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Batching;

namespace Sakip.Api.GraphQL;

public sealed class FigureStateType : EnumerationGraphType<FigureState>
{
    public FigureStateType()
    {
        Name = "FigureState";
        Description = "Whether the document gives the figure (status angka): REPORTED; NOT_REPORTED (empty, \"n/a\", \"tdk ada\"); "
            + "NOT_COMPUTABLE; NOT_RECORDED (tidak dicatat: a printed \"-\" the document says means no data was recorded, never zero).";
    }
}

public static class FigureFields
{
    /// <summary>
    /// The fields every published figure has: its value as a plain number (an Int where the figure is a count), the
    /// text as printed (null for an empty printed cell), its state and its source row.
    /// </summary>
    public static void AddFigureFields<T>(this ObjectGraphType<T> type, Func<T, Figure> figure, Func<T, RegionKey> sourceRow, bool count = false)
    {
        type.Field<NonNullGraphType<FigureStateType>>("state").Description("Whether the document reports the figure.").Resolve(c => figure(c.Source).State);
        if (count)
        {
            type.Field<IntGraphType>("value").Description("The count (jumlah) as a whole number; null when not reported.")
                .Resolve(c => WholeCount(figure(c.Source).Value));
        }
        else
        {
            type.Field<DecimalGraphType>("value").Description("The figure as a plain number, with the digits the document prints and no trailing zeros "
                + "(percentages in percent: 41.42; Rupiah: 4712818176); null when not reported or a grade only.")
                .Resolve(c => figure(c.Source).Value);
        }
        type.Field<StringGraphType>("grade").Description("Letter grade (predikat) of a graded figure, e.g. \"BB\".").Resolve(c => figure(c.Source).Grade);
        type.Field<StringGraphType>("published").Description("The figure exactly as printed in the document (Indonesian notation); "
            + "null where the document's cell is empty (`state` NOT_REPORTED).")
            .Resolve(c => PrintedText.Of(figure(c.Source).Published));
        type.Field<StringGraphType>("reason").Description("Why the figure is not reported, where it is not.").Resolve(c => figure(c.Source).Reason);
        type.Field<NonNullGraphType<SourceRowType>>("source").Description("The document row the figure was transcribed from (sumber).")
            .Resolve(c => c.Loaders().ById<SourceRow>().Load(sourceRow(c.Source)));
    }

    /// <summary>A count as an Int; the loader accepts only whole counts, so a fraction here is a fault, never rounded away.</summary>
    public static int? WholeCount(decimal? value) =>
        value is not { } v ? null
        : v == decimal.Truncate(v) ? decimal.ToInt32(v)
        : throw new InvalidOperationException($"The count {v} is not a whole number.");
}
