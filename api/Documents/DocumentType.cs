using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.GraphQL.Relay;
using Sakip.Api.Organisation;
using Sakip.Api.Reconciliation;

namespace Sakip.Api.Documents;

public sealed class DocumentKindType : EnumerationGraphType<DocumentKind>
{
    public DocumentKindType()
    {
        Name = "DocumentKind";
        Description = "Kind of SAKIP document: RAK (Rencana Aksi Kinerja), LKJIP (Laporan Kinerja), PK (Perjanjian Kinerja), RENSTRA (Rencana Strategis).";
    }
}

public sealed class DocumentType : ObjectGraphType<Document>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "A published SAKIP document (dokumen) of an agency, as transcribed: every figure points at one of its table rows.";
        this.IsNode();
        Field(x => x.Key).Description("Seed key, e.g. \"seruyan-rak-2026\".");
        Field<NonNullGraphType<DocumentKindType>>("kind").Description("Kind of document (jenis dokumen).").Resolve(c => c.Source.Kind);
        Field(x => x.Year).Description("The year (tahun) the document plans or reports.");
        Field(x => x.Title).Description("Title (judul) as printed.");
        Field(x => x.SourceFile).Description("The text file the transcription was made from.");
        Field(x => x.ContentHash).Description("SHA-256 of the document's seed folder as loaded: equal hashes mean the same transcription, so a client can tell which documents changed between releases.");
        Field<DateOnlyGraphType>("publishedOn").Description("Date of signature (tanggal), where printed.").Resolve(c => c.Source.PublishedOn);
        Field(x => x.PublishedPlace, nullable: true).Description("Place of signature (tempat), where printed.");
        Field(x => x.OriginalTitle, nullable: true).Description("Judul publikasi asli sebagaimana tercetak pada sampulnya; null bila tidak diketahui (original title).");
        Field(x => x.Publisher, nullable: true).Description("Penerbit publikasi asli; null bila tidak diketahui (publisher).");
        Field(x => x.OriginalUrl, nullable: true).Description("Alamat web berkas asli (PDF); null bila tidak diketahui. Tidak pernah ditebak (original address).");
        Field(x => x.OriginalSha256, nullable: true).Description("SHA-256 berkas asli (PDF), 64 digit heksadesimal, untuk memastikan berkas yang sama; null bila tidak diketahui (file hash).");
        Field(x => x.SignatoryLine, nullable: true).Description("Line of the signature block in the text file.");
        Field<OfficialType>("signatory").Description("The official who signed the document (penandatangan).")
            .Resolve(c => c.Source.SignatoryId is { } id ? c.Loaders().ById<Official>().Load(new(c.Source.RegionId, id)) : null);
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency (perangkat daerah) that published it.")
            .Resolve(c => c.AgencyOf(new(c.Source.RegionId, c.Source.AgencyId)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceTableType>>>>("tables")
            .Description("The document's tables in document order.")
            .Resolve(c => c.Loaders().Many<SourceTable>("Document.tables",
                (db, regions, ids, ct) => db.SourceTables.AsNoTracking().Where(t => regions.Contains(t.RegionId) && ids.Contains(t.DocumentId)).OrderBy(t => t.Ordinal).ToListAsync(ct),
                t => new RegionKey(t.RegionId, t.DocumentId)).Load(RegionKey.Of(c.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings")
            .Description("Every disagreement the reconciliation found among the document's figures (temuan).")
            .Argument<ListGraphType<NonNullGraphType<FindingKindType>>>("kinds", "Only findings of these kinds.")
            .Resolve(c =>
            {
                var kinds = c.GetArgument<List<FindingKind>?>("kinds");
                return c.Loaders().Many<Finding>("Document.findings",
                        (db, regions, ids, ct) => db.Findings.AsNoTracking().Where(f => regions.Contains(f.RegionId) && ids.Contains(f.DocumentId)).OrderBy(f => f.Kind).ThenBy(f => f.Id).ToListAsync(ct),
                        f => new RegionKey(f.RegionId, f.DocumentId))
                    .Load(RegionKey.Of(c.Source)).Then(list => kinds is null ? list : list.Where(f => kinds.Contains(f.Kind)).ToList());
            });
    }
}
