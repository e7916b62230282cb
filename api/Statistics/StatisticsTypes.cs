using GraphQL.Types;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.Reconciliation;

namespace Sakip.Api.Statistics;

public sealed class PpksMeasureType : EnumerationGraphType<PpksMeasure>
{
    public PpksMeasureType()
    {
        Name = "PpksMeasure";
        Description = "What a PPKS count is: TERDATA (registered), TERTANGANI (served), MANDIRI (became self-reliant).";
    }
}

public sealed class PpksCategoryType : ObjectGraphType<PpksCategory>
{
    public PpksCategoryType()
    {
        Name = "PpksCategory";
        Description = "A category of Pemerlu Pelayanan Kesejahteraan Sosial (PPKS/PMKS) as the region's documents name it.";
        Field(x => x.Key).Description("Key within the region, as in the seed files.");
        Field(x => x.Name).Description("Name (jenis PPKS) as printed.");
        Field(x => x.GroupNo, nullable: true).Description("Number of the 12 PAS group (kelompok Pemerlu Atensi Sosial), where the table groups categories.");
        Field(x => x.GroupName, nullable: true).Description("Name of the PAS group.");
    }
}

public sealed class PpksFigureType : ObjectGraphType<PpksFigure>
{
    public PpksFigureType()
    {
        Name = "PpksFigure";
        Description = "A published PPKS count (jumlah) of one category, year and measure.";
        Field<NonNullGraphType<PpksMeasureType>>("measure").Description("Terdata, tertangani or mandiri.").Resolve(c => c.Source.Measure);
        Field(x => x.Year).Description("Year (tahun).");
        Field(x => x.Bidang, nullable: true).Description("Responsible division (bidang teknis) as printed.");
        this.AddFigureFields(x => x.Count, x => new RegionKey(x.RegionId, x.SourceRowId), count: true);
    }
}

public sealed class PpksStatisticType : ObjectGraphType<PpksStatistic>
{
    public PpksStatisticType()
    {
        Name = "PpksStatistic";
        Description = "One PPKS category in a year: terdata, tertangani and mandiri, and coverage (cakupan penanganan) = tertangani / terdata x 100.";
        Field<NonNullGraphType<PpksCategoryType>>("category").Description("The category.").Resolve(c => c.Source.Category);
        Field<StringGraphType>("bidang").Description("Responsible division (bidang teknis), where printed.").Resolve(c => c.Source.Bidang);
        Field<PpksFigureType>("terdata").Description("Registered (terdata), from the first table giving it.").Resolve(c => c.Source.Terdata);
        Field<PpksFigureType>("tertangani").Description("Served (tertangani), from the first table giving it.").Resolve(c => c.Source.Tertangani);
        Field<PpksFigureType>("mandiri").Description("Became self-reliant (mandiri), where reported.").Resolve(c => c.Source.Mandiri);
        Field<NonNullGraphType<ComputedPercentType>>("coverage").Description("Coverage (cakupan): tertangani / terdata x 100.").Resolve(c => c.Source.Coverage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PpksFigureType>>>>("figures")
            .Description("Every published figure of the category this year, from every table (appendix copies included).").Resolve(c => c.Source.Figures);
    }
}

public sealed class StatedTotalType : ObjectGraphType<StatedTotal>
{
    public StatedTotalType()
    {
        Name = "StatedTotal";
        Description = "A total a document prints (JUMLAH/TOTAL) for a column of a table.";
        Field(x => x.Column).Description("The seed column the total is for (\"terdata\", \"tertangani\", ...).");
        this.AddFigureFields(x => x.Figure, x => new RegionKey(x.RegionId, x.SourceRowId));
    }
}

public sealed class PpksSummaryType : ObjectGraphType<PpksSummary>
{
    public PpksSummaryType()
    {
        Name = "PpksSummary";
        Description = "A region's PPKS totals for a year: sums over the categories, the totals the documents print, and overall coverage.";
        Field(x => x.Year).Description("Year (tahun).");
        Field<IntGraphType>("terdata").Description("Sum of the categories' terdata (a count).").Resolve(c => FigureFields.WholeCount(c.Source.Terdata));
        Field<IntGraphType>("tertangani").Description("Sum of the categories' tertangani (a count).").Resolve(c => FigureFields.WholeCount(c.Source.Tertangani));
        Field<IntGraphType>("mandiri").Description("Sum of the categories' mandiri (a count).").Resolve(c => FigureFields.WholeCount(c.Source.Mandiri));
        Field(x => x.Categories).Description("Number of categories with figures.");
        Field<NonNullGraphType<ComputedPercentType>>("coverage").Description("Coverage (cakupan penanganan PPKS): tertangani / terdata x 100.").Resolve(c => c.Source.Coverage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatedTotalType>>>>("statedTotals")
            .Description("The totals the PPKS tables print (JUMLAH), to compare with the sums.").Resolve(c => c.Source.StatedTotals);
    }
}

public sealed class PsksEntryType : ObjectGraphType<PsksEntry>
{
    public PsksEntryType()
    {
        Name = "PsksEntry";
        Description = "A type of social-welfare resource (Potensi dan Sumber Kesejahteraan Sosial, PSKS) and its count in a year.";
        Field(x => x.Year).Description("Year (tahun).");
        Field(x => x.Type).Description("Type (jenis PSKS) as printed, e.g. TAGANA, Karang Taruna.");
        Field(x => x.DataSource, nullable: true).Description("Source of the data (sumber data) as printed.");
        Field(x => x.Remarks, nullable: true).Description("Remarks (keterangan) as printed.");
        Field<NonNullGraphType<CountFigureType>>("count").Description("Count (jumlah).").Resolve(c => new CountFigure(c.Source.Count, c.Source.RegionId, c.Source.SourceRowId));
        Field<NonNullGraphType<CountFigureType>>("certified").Description("Number certified or accredited (bersertifikat/terakreditasi).")
            .Resolve(c => new CountFigure(c.Source.Certified, c.Source.RegionId, c.Source.SourceRowId));
    }
}

/// <summary>A figure of a row with several figures (staff, PSKS, aid): its value and the row it comes from.</summary>
public sealed record CountFigure(Sakip.Core.Figures.Figure Figure, int RegionId, long SourceRowId);

public sealed class CountFigureType : ObjectGraphType<CountFigure>
{
    public CountFigureType()
    {
        Name = "CountFigure";
        Description = "A published count (jumlah) of a statistics row, as printed and as a whole number, with its source row.";
        this.AddFigureFields(x => x.Figure, x => new RegionKey(x.RegionId, x.SourceRowId), count: true);
    }
}
