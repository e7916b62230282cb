using GraphQL.Types;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.GraphQL.Relay;

namespace Sakip.Api.Documents;

public sealed class SourceTableType : ObjectGraphType<SourceTable>
{
    public SourceTableType()
    {
        Name = "SourceTable";
        Description = "A table or table-like list of a document (tabel): the unit figures are transcribed and traced by.";
        this.IsNode();
        Field(x => x.Key).Description("The table's id in the inventory and its seed file name, e.g. \"T2.5-Cascading\".");
        Field(x => x.Kind).Description("How the table was transcribed (indicators, ppks, aid-distribution, list, ...).");
        Field(x => x.Number, nullable: true).Description("Table number as printed (nomor tabel), e.g. \"Tabel 2.6\".");
        Field(x => x.Page, nullable: true).Description("Halaman tempat tabel dimulai, sebagaimana tercetak (\"27\", \"iv\"), menurut daftar tabel atau daftar isi dokumen; null bila tidak diketahui (printed page).");
        Field(x => x.Caption).Description("Caption (judul tabel) as printed or, for untitled tables, as described.");
        Field(x => x.LineFrom).Description("First line of the table in the document's text file.");
        Field(x => x.LineTo).Description("Last line of the table in the document's text file.");
        Field(x => x.Year).Description("The year the table's figures are for.");
        Field(x => x.SeedFile).Description("Path of the seed CSV file in the repository.");
        Field<NonNullGraphType<DocumentType>>("document").Description("The document the table is in.")
            .Resolve(c => c.Loaders().ById<Document>().Load(new(c.Source.RegionId, c.Source.DocumentId)));
    }
}
