using GraphQL.Types;

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
        Field(x => x.Cap, nullable: true).Description("The region's capaian cap (batas capaian) in %: a higher capaian is reported as the cap, the uncapped value in its trace; null: none.");
    }
}
