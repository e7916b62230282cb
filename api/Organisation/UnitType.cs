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
            .Resolve(c => c.Source.ParentId is { } id ? c.Loaders().ById<Unit>().Load(new(c.Source.RegionId, id)) : null);
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency.").Resolve(c => c.AgencyOf(new(c.Source.RegionId, c.Source.AgencyId)));
        Field<ListGraphType<NonNullGraphType<OfficialType>>>("officials").Description("Officials heading the unit (kepala unit).")
            .Resolve(c => OfficialsOf(c, RegionKey.Of(c.Source)));
    }

    public static IDataLoaderResult<IReadOnlyList<Official>> OfficialsOf(IResolveFieldContext c, RegionKey unit) =>
        c.Loaders().Many<Official>("Unit.officials",
            (db, regions, ids, ct) => db.Officials.AsNoTracking().Where(o => regions.Contains(o.RegionId) && o.UnitId != null && ids.Contains(o.UnitId.Value)).OrderBy(o => o.Id).ToListAsync(ct),
            o => new RegionKey(o.RegionId, o.UnitId!.Value)).Load(unit);
}
