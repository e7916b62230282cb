using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.GraphQL.Batching;

namespace Sakip.Api.Plan;

public sealed class CapaianScaleType : ObjectGraphType<CapaianScale>
{
    public CapaianScaleType()
    {
        Name = "CapaianScale";
        Description = "A capaian category scale (skala kategori capaian): the lowest capaian (%) of each category; below `rendahFrom` is sangat rendah.";
        Field(x => x.Name).Description("Name of the scale, e.g. \"Permendagri 86/2017\".");
        Field(x => x.Source).Description("The regulation or document the scale comes from.");
        Field(x => x.SangatTinggiFrom).Description("Sangat tinggi from this capaian (%).");
        Field(x => x.TinggiFrom).Description("Tinggi from this capaian (%).");
        Field(x => x.SedangFrom).Description("Sedang from this capaian (%).");
        Field(x => x.RendahFrom).Description("Rendah from this capaian (%); below is sangat rendah.");
    }
}

public static class CapaianScales
{
    /// <summary>The scale of each region, batched; Permendagri 86/2017 for a region without one.</summary>
    public static IDataLoaderResult<CapaianScale> Load(IResolveFieldContext context, int regionId) =>
        context.Loaders().One<int, RegionCapaianScale>("Region.capaianScale",
                (db, ids, ct) => db.RegionCapaianScales.AsNoTracking().Where(s => ids.Contains(s.RegionId)).ToDictionaryAsync(s => s.RegionId, ct))
            .Load(regionId).Then(s => s?.ToScale() ?? CapaianScale.Permendagri86);
}
