using GraphQL;
using GraphQL.Types;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.GraphQL.Relay;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

public sealed class IndicatorType : ObjectGraphType<Indicator>
{
    public const string TypeName = "Indicator";

    public IndicatorType()
    {
        Name = TypeName;
        Description = "A performance indicator (indikator kinerja) of a plan node, with its targets, realisations and capaian across the years.";
        this.IsNode();
        Field(x => x.Key).Description("Key within the agency, as in the seed files; the same indicator keeps its key across documents and years.");
        Field(x => x.Name).Description("Name (nama indikator) as printed.");
        Field(x => x.Unit, nullable: true).Description("Unit (satuan) as printed: \"%\", \"orang\", \"dokumen\", \"nilai\".");
        Field<NonNullGraphType<IndicatorKindType>>("kind").Description("Role (jenis): IKU, IKK or the indicator of a plan level.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<PolarityType>>("polarity").Description("Whether higher or lower is better (polaritas).").Resolve(c => c.Source.Polarity);
        Field<AggregationType>("aggregation").Description("How period values make the year's value, where the plan spreads targets over periods.")
            .Resolve(c => c.Source.Aggregation);
        Field(x => x.Definition, nullable: true).Description("Operational definition (definisi operasional), where printed.");
        Field(x => x.Formula, nullable: true).Description("Formula (formulasi/cara pengukuran), where printed.");
        Field<NonNullGraphType<PlanNodeType>>("planNode").Description("The plan node the indicator measures.")
            .Resolve(c => c.Loaders().ById<PlanNode>().Load(new(c.Source.RegionId, c.Source.PlanNodeId)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionType>>>>("contributors")
            .Description("Programs, kegiatan and sub kegiatan the document lists under this indicator (program/kegiatan pendukung), in document order.")
            .Resolve(c => c.ContributionsToIndicator(RegionKey.Of(c.Source)));
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency.").Resolve(c => c.AgencyOf(new(c.Source.RegionId, c.Source.AgencyId)));
        Field<UnitType>("responsibleUnit").Description("The unit responsible (penanggung jawab).")
            .Resolve(c => c.Source.ResponsibleUnitId is { } id ? c.Loaders().ById<Unit>().Load(new(c.Source.RegionId, id)) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficialType>>>>("responsibleOfficials")
            .Description("The officials heading the responsible unit (pejabat penanggung jawab).")
            .Resolve(c => c.Source.ResponsibleUnitId is { } id ? UnitType.OfficialsOf(c, new RegionKey(c.Source.RegionId, id)) : Deferred.From<IReadOnlyList<Official>>(_ => Task.FromResult<IReadOnlyList<Official>>([])));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorFigureType>>>>("figures")
            .Description("Every published figure of the indicator, by year, measure and period.")
            .Argument<IndicatorMeasureType>("measure", "Only this measure.")
            .Argument<IntGraphType>("year", "Only this year.")
            .Argument<PeriodKindType>("periodKind", "Only this kind of period.")
            .Resolve(c =>
            {
                var measure = c.GetArgument<IndicatorMeasure?>("measure");
                var year = c.GetArgument<int?>("year");
                var period = c.GetArgument<PeriodKind?>("periodKind");
                return c.FiguresOf(RegionKey.Of(c.Source)).Then(list => list.Where(f =>
                    (measure is null || f.Measure == measure) && (year is null || f.Year == year) && (period is null || f.PeriodKind == period)).ToList()).Now();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorFigureType>>>>("targets")
            .Description("Targets: annual, quarterly (triwulan) and monthly (bulanan).")
            .Argument<IntGraphType>("year", "Only this year.")
            .Resolve(c => Measure(c, IndicatorMeasure.Target));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorFigureType>>>>("realisations")
            .Description("Realisations (realisasi), annual and per period.")
            .Argument<IntGraphType>("year", "Only this year.")
            .Resolve(c => Measure(c, IndicatorMeasure.Realisation));
        Field<CapaianReportType>("capaian")
            .Description("Capaian for a year: reported and recomputed, with category and trace; null when the indicator has no annual figure that year.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year (tahun).")
            .Resolve(c =>
            {
                var year = c.GetArgument<int>("year");
                return c.CapaianOf(RegionKey.Of(c.Source), year).Then(list => list.FirstOrDefault()).Now();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapaianReportType>>>>("history")
            .Description("Target, realisasi and capaian of every year the indicator has annual figures for (Renstra series included), oldest first.")
            .Resolve(c => c.CapaianOf(RegionKey.Of(c.Source)));
        Field<NonNullGraphType<SourceRowType>>("source").Description("The row that first defines the indicator.")
            .Resolve(c => c.Loaders().ById<SourceRow>().Load(new(c.Source.RegionId, c.Source.SourceRowId)).Now());
    }

    private static object? Measure(IResolveFieldContext<Indicator> c, IndicatorMeasure measure)
    {
        var year = c.GetArgument<int?>("year");
        return c.FiguresOf(RegionKey.Of(c.Source)).Then(list => list.Where(f => f.Measure == measure && (year is null || f.Year == year)).ToList()).Now();
    }
}
