using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.GraphQL.Relay;

namespace Sakip.Api.Organisation;

public sealed class UnitKindType : EnumerationGraphType<UnitKind>
{
    public UnitKindType()
    {
        Name = "UnitKind";
        Description = "Kind of organisational unit: PIMPINAN, SEKRETARIAT, SUBBAGIAN, BIDANG, SEKSI, SUBKOORDINATOR, UPTD, FUNGSIONAL.";
    }
}

public sealed class UnitType : ObjectGraphType<Unit>
{
    public UnitType()
    {
        Name = "Unit";
        Description = "An organisational unit (unit kerja) of an agency: Sekretariat, Bidang, Subbagian, UPTD.";
        this.IsNode();
        Field(x => x.Key).Description("Key within the agency, as in the seed files.");
        Field(x => x.Name).Description("Name (nama unit kerja).");
        Field<NonNullGraphType<UnitKindType>>("kind").Description("Kind of unit.").Resolve(c => c.Source.Kind);
        Field<UnitType>("parent").Description("The unit it belongs to (e.g. a Subbagian's Sekretariat).")
            .Resolve(c => c.Source.ParentId is { } id ? c.Loaders().ById<Unit>().Load(id) : null);
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency.").Resolve(c => c.Loaders().ById<Agency>().Load(c.Source.AgencyId));
        Field<ListGraphType<NonNullGraphType<OfficialType>>>("officials").Description("Officials heading the unit (kepala unit).")
            .Resolve(c => OfficialsOf(c, c.Source.Id));
    }

    public static IDataLoaderResult<IReadOnlyList<Official>> OfficialsOf(IResolveFieldContext c, long unitId) =>
        c.Loaders().Many<long, Official>("Unit.officials",
            (db, ids, ct) => db.Officials.AsNoTracking().Where(o => o.UnitId != null && ids.Contains(o.UnitId.Value)).OrderBy(o => o.Id).ToListAsync(ct),
            o => o.UnitId!.Value).Load(unitId);
}
