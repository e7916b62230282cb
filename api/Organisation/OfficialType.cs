using GraphQL.Types;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.GraphQL.Relay;

namespace Sakip.Api.Organisation;

public sealed class OfficialType : ObjectGraphType<Official>
{
    public OfficialType()
    {
        Name = "Official";
        Description = "A responsible official (pejabat) by position: Kepala Dinas (Eselon II), Sekretaris and Kepala Bidang (Eselon III).";
        this.IsNode();
        Field(x => x.Position).Description("Position title (jabatan).");
        Field(x => x.Echelon, nullable: true).Description("Eselon: II, III, IV.");
        Field(x => x.Name, nullable: true).Description("Name (nama), where a document prints it.");
        Field(x => x.Rank, nullable: true).Description("Rank (pangkat/golongan), e.g. \"Pembina Tingkat I (IV/b)\".");
        Field(x => x.Nip, nullable: true).Description("Civil-servant number (NIP) as printed.");
        Field<UnitType>("unit").Description("The unit the official heads.")
            .Resolve(c => c.Source.UnitId is { } id ? c.Loaders().ById<Unit>().Load(new(c.Source.RegionId, id)) : null);
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency.").Resolve(c => c.AgencyOf(new(c.Source.RegionId, c.Source.AgencyId)));
    }
}
