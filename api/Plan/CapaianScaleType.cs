using GraphQL.Types;

namespace Sakip.Api.Plan;

public sealed class CapaianScaleType : ObjectGraphType<CapaianScale>
{
    public CapaianScaleType()
    {
        Name = "CapaianScale";
        Description = "A capaian category scale (skala kategori capaian): its classes (kriteria) from the highest to the lowest, and the region's capaian cap.";
        Field(x => x.Name).Description("Name of the scale, e.g. \"Permendagri 86/2017\".");
        Field(x => x.Source).Description("The regulation or document the scale comes from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapaianClassType>>>>("classes")
            .Description("The classes (kriteria), highest first: a capaian falls in the first class whose bound it reaches; the last has no bound.")
            .Resolve(c => c.Source.Classes);
        Field<DecimalGraphType>("sangatTinggiFrom").Description("Sangat tinggi from this capaian (%); null unless the scale has the five Permendagri bands.")
            .Resolve(c => Band(c.Source, 0));
        Field<DecimalGraphType>("tinggiFrom").Description("Tinggi from this capaian (%); null unless the scale has the five Permendagri bands.")
            .Resolve(c => Band(c.Source, 1));
        Field<DecimalGraphType>("sedangFrom").Description("Sedang from this capaian (%); null unless the scale has the five Permendagri bands.")
            .Resolve(c => Band(c.Source, 2));
        Field<DecimalGraphType>("rendahFrom").Description("Rendah from this capaian (%), below is sangat rendah; null unless the scale has the five Permendagri bands.")
            .Resolve(c => Band(c.Source, 3));
        Field(x => x.Cap, nullable: true).Description("The region's capaian cap (batas capaian) in %: a higher capaian is reported as the cap, the uncapped value in its trace; null: none.");
    }

    private static decimal? Band(CapaianScale scale, int index) => scale.Classes.Count == 5 ? scale.Classes[index].From : null;
}

public sealed class CapaianClassType : ObjectGraphType<CapaianClass>
{
    public CapaianClassType()
    {
        Name = "CapaianClass";
        Description = "A class of a capaian scale (kriteria capaian), e.g. \"Sangat Tinggi\" or \"Tercapai Target\".";
        Field(x => x.Label).Description("The class as the region names it (kriteria).");
        Field(x => x.From, nullable: true).Description("Its lower bound in %; null for the lowest class.");
        Field(x => x.Above).Description("True: the capaian must be above the bound (lebih dari); false: at or above it.");
    }
}
