using GraphQL.Types;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Batching;

namespace Sakip.Api.Plan;

public sealed class IndicatorFigureType : ObjectGraphType<IndicatorFigure>
{
    public IndicatorFigureType()
    {
        Name = "IndicatorFigure";
        Description = "A published figure of an indicator: target, realisasi or capaian for a year, quarter (triwulan) or month (bulan).";
        Field<NonNullGraphType<IndicatorMeasureType>>("measure").Description("What the figure is.").Resolve(c => c.Source.Measure);
        Field(x => x.Year).Description("Year (tahun).");
        Field<NonNullGraphType<PeriodKindType>>("periodKind").Description("Whether the figure is for the year, a quarter or a month.").Resolve(c => c.Source.PeriodKind);
        Field(x => x.PeriodNo).Description("Quarter 1-4 or month 1-12; 0 for the year.");
        this.AddFigureFields(x => x.Figure, x => new RegionKey(x.RegionId, x.SourceRowId));
    }
}
