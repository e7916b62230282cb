using GraphQL.Types;
using Sakip.Api.Data;

namespace Sakip.Api.Plan;

public sealed class PlanLevelType : EnumerationGraphType<PlanLevel>
{
    public PlanLevelType()
    {
        Name = "PlanLevel";
        Description = "Level of the performance tree (pohon kinerja): RPJMD misi, tujuan and sasaran; Renstra tujuan and sasaran; program; kegiatan; sub kegiatan.";
    }
}

public sealed class IndicatorKindType : EnumerationGraphType<IndicatorKind>
{
    public IndicatorKindType()
    {
        Name = "IndicatorKind";
        Description = "Role of an indicator: IKU (Indikator Kinerja Utama), IKK (Indikator Kinerja Kunci/Individu), or the indicator of a plan level.";
    }
}

public sealed class PolarityType : EnumerationGraphType<Polarity>
{
    public PolarityType()
    {
        Name = "Polarity";
        Description = "Whether a higher or a lower realisation is better (polaritas).";
    }
}

public sealed class AggregationType : EnumerationGraphType<Aggregation>
{
    public AggregationType()
    {
        Name = "Aggregation";
        Description = "How period values make the year's value: SUM (25 + 25 + 20 + 20 = 90 orang), LAST (the same 7.714 beneficiaries each quarter), AVERAGE.";
    }
}

public sealed class IndicatorMeasureType : EnumerationGraphType<IndicatorMeasure>
{
    public IndicatorMeasureType()
    {
        Name = "IndicatorMeasure";
        Description = "What an indicator figure is: TARGET, REALISATION (realisasi), CAPAIAN as reported, BASELINE (kondisi awal), END_TARGET (kondisi akhir).";
    }
}

public sealed class PeriodKindType : EnumerationGraphType<PeriodKind>
{
    public PeriodKindType()
    {
        Name = "PeriodKind";
        Description = "Period of a figure: YEAR (tahunan), QUARTER (triwulan 1-4) or MONTH (bulan 1-12).";
    }
}

public sealed class CapaianCategoryType : EnumerationGraphType<CapaianCategory>
{
    public CapaianCategoryType()
    {
        Name = "CapaianCategory";
        Description = "Category of a capaian (kategori capaian) on the region's scale: SANGAT_TINGGI, TINGGI, SEDANG, RENDAH, SANGAT_RENDAH.";
    }
}

public sealed class CapaianStateType : EnumerationGraphType<CapaianState>
{
    public CapaianStateType()
    {
        Name = "CapaianState";
        Description = "COMPUTED; NOT_REPORTED when the realisation is missing (never 0% or 100%); NOT_COMPUTABLE when target and realisation allow no capaian.";
    }
}
