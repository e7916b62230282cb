using GraphQL.Types;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.GraphQL.Relay;

namespace Sakip.Api.Reconciliation;

public sealed class FindingKindType : EnumerationGraphType<FindingKind>
{
    public FindingKindType()
    {
        Name = "FindingKind";
        Description = "The check that found a disagreement (jenis temuan): sums of children's budgets, period targets against the annual target, "
            + "the same figure in two tables, reported against recomputed capaian and kriteria, printed totals and percentages, the prose against the tables.";
    }
}

public sealed class FindingType : ObjectGraphType<Finding>
{
    public FindingType()
    {
        Name = "Finding";
        Description = "A disagreement between two figures of the documents (temuan rekonsiliasi): the published one and the one it is compared with, "
            + "each with its source. Figures are stored as published; disagreements are shown, never fixed.";
        this.IsNode();
        Field<NonNullGraphType<FindingKindType>>("kind").Description("The check that found it.").Resolve(c => c.Source.Kind);
        Field(x => x.Subject).Description("What the figures are about, in Indonesian: an indicator, plan node, category or table column.");
        Field(x => x.StatedValue, nullable: true).Description("The published figure as a number.");
        Field(x => x.StatedText).Description("The published figure as printed.");
        Field(x => x.StatedSource).Description("Where the published figure is: document, table, line and row.");
        Field<SourceRowType>("statedRow").Description("The row of the published figure.")
            .Resolve(c => c.Source.StatedSourceRowId is { } id ? c.Loaders().ById<SourceRow>().Load(new(c.Source.RegionId, id)) : null);
        Field(x => x.ComparedValue, nullable: true).Description("The figure it is compared with, as a number.");
        Field(x => x.ComparedText).Description("The compared figure in Indonesian notation.");
        Field(x => x.ComparedSource).Description("Where the compared figure comes from, in Indonesian: another published figure, or how it was computed and from what.");
        Field<SourceRowType>("comparedRow").Description("The row of the compared figure, when it is one published figure.")
            .Resolve(c => c.Source.ComparedSourceRowId is { } id ? c.Loaders().ById<SourceRow>().Load(new(c.Source.RegionId, id)) : null);
        Field(x => x.Difference, nullable: true).Description("Published minus compared figure.");
        Field<NonNullGraphType<DocumentType>>("document").Description("The document the published figure is in.")
            .Resolve(c => c.Loaders().ById<Document>().Load(new(c.Source.RegionId, c.Source.DocumentId)));
    }
}
