using GraphQL;
using GraphQL.Types;
using Sakip.Core.Percentages;

namespace Sakip.Api.Plan;

public sealed class CapaianReportType : ObjectGraphType<CapaianReport>
{
    public CapaianReportType()
    {
        Name = "Capaian";
        Description = "An indicator's achievement (capaian) for a year: the target and realisasi it is computed from, the capaian the document reports, "
            + "and the capaian recomputed with the formula registry, with its category (kategori) and calculation trace.";
        Field(x => x.Year).Description("Year (tahun).");
        Field<IndicatorFigureType>("target").Description("The annual target used.").Resolve(c => c.Source.Target);
        Field<IndicatorFigureType>("realisation").Description("The annual realisation (realisasi) used; null when none is published.").Resolve(c => c.Source.Realisation);
        Field<IndicatorFigureType>("reported").Description("The capaian as the document prints it, if it does.").Resolve(c => c.Source.Reported);
        Field<NonNullGraphType<CapaianStateType>>("state").Description("Whether a capaian could be computed; NOT_REPORTED when the realisation is missing.")
            .Resolve(c => c.Source.Result.State);
        Field<DecimalGraphType>("value")
            .Description("The recomputed capaian (capaian kinerja) in percent, rounded to 2 decimals as the documents print it (dibulatkan dua desimal: 53.28); "
                + "`exact: true` gives it unrounded. Null unless COMPUTED.")
            .Argument<BooleanGraphType>("exact", "True: the unrounded value (tanpa pembulatan).", a => a.DefaultValue = false)
            .Resolve(c => Precision.Computed(c.Source.Result.Value, c.GetArgument<bool>("exact")));
        Field<CapaianCategoryType>("category").Description("Permendagri category of the recomputed capaian where the region's scale has the five bands; null on a scale of another number of classes (see `kriteria`).").Resolve(c => c.Source.Result.Category);
        Field<StringGraphType>("kriteria").Description("The class of the recomputed capaian on the region's scale (kriteria), as the scale names it, e.g. \"Sangat Tinggi\" or \"Tercapai Target\"; classed before any cap. Null unless COMPUTED.")
            .Resolve(c => c.Source.Result.Kriteria);
        Field<StringGraphType>("publishedKriteria").Description("The kriteria the document prints beside the realisation used, as printed; null when it prints none. A KRITERIA_RECOMPUTED finding tells where it differs from `kriteria`.")
            .Resolve(c => Sakip.Api.Documents.PrintedText.Of(c.Source.PublishedKriteria));
        Field<NonNullGraphType<StringGraphType>>("scale").Description("The category scale used.").Resolve(c => c.Source.Scale);
        Field<NonNullGraphType<StringGraphType>>("formula").Description("The formula applied (rumus), e.g. \"realisasi / target x 100\".").Resolve(c => c.Source.Result.Formula);
        Field<NonNullGraphType<StringGraphType>>("trace").Description("The calculation with its inputs and result, in Indonesian notation.").Resolve(c => c.Source.Result.Trace);
        Field<NonNullGraphType<StringGraphType>>("rule").Description("The source of the formula (regulation or practice).").Resolve(c => c.Source.Result.Source);
        Field<DecimalGraphType>("difference")
            .Description("Reported minus recomputed capaian (selisih, percentage points), where both exist: positive when the document states more, as a finding's difference. "
                + "Rounded to 2 decimals (dibulatkan dua desimal); `exact: true` gives it unrounded.")
            .Argument<BooleanGraphType>("exact", "True: the unrounded difference (tanpa pembulatan).", a => a.DefaultValue = false)
            .Resolve(c => Precision.Computed(c.Source.Difference, c.GetArgument<bool>("exact")));
    }
}
