using GraphQL.Types;

namespace Sakip.Api.Organisation;

public sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "A regional government (Pemerintah Daerah): a kabupaten or kota.";
        Field(x => x.Code).Description("Kemendagri region code (kode wilayah), e.g. \"62.07\".");
        Field(x => x.Name).Description("Name of the kabupaten or kota.");
        Field(x => x.Province).Description("Province (provinsi).");
    }
}
