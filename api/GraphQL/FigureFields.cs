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
    /// <summary>The fields every published figure has: its value as a plain number, the text as printed, its state and its source row.</summary>
    public static void AddFigureFields<T>(this ObjectGraphType<T> type, Func<T, Figure> figure, Func<T, RegionKey> sourceRow)
    {
        type.Field<NonNullGraphType<FigureStateType>>("state").Description("Whether the document reports the figure.").Resolve(c => figure(c.Source).State);
        type.Field<DecimalGraphType>("value").Description("The figure as a plain number (percentages in percent: 41.42); null when not reported or a grade only.")
            .Resolve(c => figure(c.Source).Value);
        type.Field<StringGraphType>("grade").Description("Letter grade (predikat) of a graded figure, e.g. \"BB\".").Resolve(c => figure(c.Source).Grade);
        type.Field<NonNullGraphType<StringGraphType>>("published").Description("The figure exactly as printed in the document (Indonesian notation).")
            .Resolve(c => figure(c.Source).Published);
        type.Field<StringGraphType>("reason").Description("Why the figure is not reported, where it is not.").Resolve(c => figure(c.Source).Reason);
        type.Field<NonNullGraphType<SourceRowType>>("source").Description("The document row the figure was transcribed from (sumber).")
            .Resolve(c => c.Loaders().ById<SourceRow>().Load(sourceRow(c.Source)));
    }
}
