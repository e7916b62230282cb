using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.GraphQL.Relay;
using Sakip.Api.Plan;
using Sakip.Api.Statistics;

namespace Sakip.Api.Organisation;

public sealed class RegionType : ObjectGraphType<Region>
{
    public const string TypeName = "Region";

    public RegionType()
    {
        Name = TypeName;
        Description = "A regional government (Pemerintah Daerah): a kabupaten or kota.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Region;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (for `node(id:)`).")
            .Resolve(c => new GlobalId(TypeName, c.Source.Id, c.Source.Id).ToString());
        Field(x => x.Code).Description("Kemendagri region code (kode wilayah), e.g. \"62.07\".");
        Field(x => x.Name).Description("Name of the kabupaten or kota.");
        Field(x => x.Province).Description("Province (provinsi).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyType>>>>("agencies")
            .Description("The region's agencies (perangkat daerah) with published documents, by name.")
            .ResolveAsync(async c => (await c.Directory()).AgenciesOf(c.Source.Id));
        Field<NonNullGraphType<CapaianScaleType>>("capaianScale")
            .Description("The scale the region categorises capaian on (skala kategori capaian); Permendagri 86/2017 unless the region has its own.")
            .ResolveAsync(async c => (await c.Directory()).Scale(c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("contentHash")
            .Description("Sidik isi wilayah (content hash): changes whenever a load adds, reloads or removes one of the region's documents, and only then, so a client can keep what it read of a region whose hash is unchanged across releases.")
            .ResolveAsync(async c => (await c.Directory()).ContentHash(c.Source));
        this.AddStatisticsFields();
    }

    public static global::GraphQL.DataLoader.IDataLoaderResult<Region?> ById(global::GraphQL.IResolveFieldContext c, int id)
    {
        // The directory, not the context, goes into the deferred result: GraphQL.NET reuses a context once its resolver returns.
        var directory = c.RequestServices!.GetRequiredService<RegionDirectory>();
        return Deferred.From(async ct => (await directory.GetAsync(ct)).ById(id));
    }
}
