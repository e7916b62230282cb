using GraphQL.Types;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.Plan;

namespace Sakip.Api.Budgets;

public sealed class BudgetMeasureType : EnumerationGraphType<BudgetMeasure>
{
    public BudgetMeasureType()
    {
        Name = "BudgetMeasure";
        Description = "What a budget figure is: PAGU (pagu/anggaran), PLANNED (rencana penarikan per period), REALISATION (realisasi anggaran).";
    }
}

public sealed class BudgetFigureType : ObjectGraphType<BudgetFigure>
{
    public BudgetFigureType()
    {
        Name = "BudgetFigure";
        Description = "A published budget figure in Rupiah (anggaran): pagu, planned disbursement for a period, or realisation.";
        Field<NonNullGraphType<BudgetMeasureType>>("measure").Description("What the figure is.").Resolve(c => c.Source.Measure);
        Field(x => x.Year).Description("Budget year (tahun anggaran).");
        Field<NonNullGraphType<PeriodKindType>>("periodKind").Description("Year, quarter or month.").Resolve(c => c.Source.PeriodKind);
        Field(x => x.PeriodNo).Description("Quarter 1-4 or month 1-12; 0 for the year.");
        this.AddFigureFields(x => x.Amount, x => new RegionKey(x.RegionId, x.SourceRowId));
    }
}
