using System.Text.Json;
using GraphQL.Types;
using Sakip.Api.GraphQL.Batching;

namespace Sakip.Api.Documents;

public sealed class SourceRowType : ObjectGraphType<SourceRow>
{
    public SourceRowType()
    {
        Name = "SourceRow";
        Description = "A transcribed row of a document table (baris sumber): where a figure comes from, with its cells as transcribed.";
        Field(x => x.Label, nullable: true).Description("Row label as printed (\"1\", \"2.\", \"JUMLAH\").");
        Field(x => x.LineFrom).Description("First line of the row in the document's text file.");
        Field(x => x.LineTo).Description("Last line of the row in the document's text file.");
        Field(x => x.SeedLine).Description("Line of the row in the seed CSV file.");
        Field(x => x.IsTotal).Description("Whether the row is the document's own total (JUMLAH/TOTAL).");
        Field(x => x.Note, nullable: true).Description("The transcriber's note: what was moved, read or is uncertain.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceCellType>>>>("cells")
            .Description("The cells of the row as transcribed, by seed column; a cell the document prints empty has a null `text`.")
            .Resolve(c => c.Source.Cells.RootElement.EnumerateObject()
                .Select(p => new SourceCell(p.Name, PrintedText.Of(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))).ToList());
        Field<NonNullGraphType<SourceTableType>>("table").Description("The table the row belongs to.")
            .Resolve(c => c.Loaders().ById<SourceTable>().Load(new(c.Source.RegionId, c.Source.SourceTableId)));
    }
}

public sealed record SourceCell(string Column, string? Text);

public sealed class SourceCellType : ObjectGraphType<SourceCell>
{
    public SourceCellType()
    {
        Name = "SourceCell";
        Description = "One transcribed cell (sel) of a source row.";
        Field(x => x.Column).Description("Seed column name.");
        Field(x => x.Text, nullable: true).Description("The cell as transcribed; null where the document's cell is empty (the seed's `~`).");
    }
}
