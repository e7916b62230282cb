using GraphQL.Types;

namespace Sakip.Api.Releases;

public sealed class ReleaseType : ObjectGraphType<Release>
{
    public ReleaseType()
    {
        Name = "Release";
        Description = "A release (rilis data): what one load of the documents left in the database. Every answer names it in `extensions.release`.";
        Field(x => x.Id).Description("The release's id: a hash of the loaded documents' content and of the loader; equal ids mean equal data.");
        Field(x => x.LoadedAt).Description("When it was loaded (waktu pemuatan), UTC.");
        Field(x => x.Documents).Description("Documents (dokumen) it holds.");
        Field(x => x.Findings).Description("Reconciliation findings (temuan) it holds.");
        Field(x => x.DocumentsLoaded).Description("Documents this load added or reloaded (they, or a document they depend on, changed).");
        Field(x => x.DocumentsRemoved).Description("Documents this load removed.");
    }
}
