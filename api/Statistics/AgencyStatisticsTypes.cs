using GraphQL.Types;
using Sakip.Api.GraphQL;
using Sakip.Api.Organisation;
using Sakip.Api.GraphQL.Batching;

namespace Sakip.Api.Statistics;

public sealed class StaffPositionType : ObjectGraphType<StaffPosition>
{
    public StaffPositionType()
    {
        Name = "StaffPosition";
        Description = "A position (jabatan) of an agency with its staff by ASN status: PNS, PPPK and part-time PPPK.";
        Field(x => x.Year).Description("Year (tahun).");
        Field(x => x.Position).Description("Position (jabatan) as printed.");
        Field<UnitType>("unit").Description("The unit of the position, where known.")
            .Resolve(c => c.Source.UnitId is { } id ? c.Loaders().ById<Unit>().Load(new(c.Source.RegionId, id)) : null);
        Field<NonNullGraphType<CountFigureType>>("pns").Description("Pegawai Negeri Sipil.").Resolve(c => new CountFigure(c.Source.Pns, c.Source.RegionId, c.Source.SourceRowId));
        Field<NonNullGraphType<CountFigureType>>("pppk").Description("Pegawai Pemerintah dengan Perjanjian Kerja.").Resolve(c => new CountFigure(c.Source.Pppk, c.Source.RegionId, c.Source.SourceRowId));
        Field<NonNullGraphType<CountFigureType>>("pppkPartTime").Description("PPPK paruh waktu.").Resolve(c => new CountFigure(c.Source.PppkPartTime, c.Source.RegionId, c.Source.SourceRowId));
        Field<NonNullGraphType<CountFigureType>>("grade").Description("Job grade (kelas jabatan).").Resolve(c => new CountFigure(c.Source.Grade, c.Source.RegionId, c.Source.SourceRowId));
    }
}

public sealed class StaffCountType : ObjectGraphType<StaffCount>
{
    public StaffCountType()
    {
        Name = "StaffCount";
        Description = "Staff (pegawai) counted along one dimension: eselon, golongan, pendidikan, jenis kelamin, status, pangkat.";
        Field(x => x.Year).Description("Year (tahun).");
        Field(x => x.Dimension).Description("The dimension counted along, as in the seed (\"pendidikan\", \"golongan\", ...).");
        Field(x => x.Category).Description("The category (e.g. \"S1\", \"III/a\") as printed.");
        Field(x => x.Code, nullable: true).Description("Code of the category, where printed.");
        Field(x => x.Column).Description("\"count\", or v1..v4 where the document prints figures without saying what they count.");
        this.AddFigureFields(x => x.Count, x => new RegionKey(x.RegionId, x.SourceRowId), count: true);
    }
}

public sealed class AssetFigureType : ObjectGraphType<AssetFigure>
{
    public AssetFigureType()
    {
        Name = "AssetFigure";
        Description = "An asset summary figure (aset): the value of an asset class in Rupiah, or a number of items.";
        Field(x => x.Year).Description("Year (tahun).");
        Field(x => x.Class).Description("Asset class (golongan aset) as printed.");
        Field(x => x.Description, nullable: true).Description("Description as printed.");
        Field(x => x.UnitOfMeasure, nullable: true).Description("Unit of the quantity (satuan), e.g. \"unit\".");
        Field<NonNullGraphType<StringGraphType>>("measure").Description("VALUE (nilai, Rupiah) or QUANTITY (jumlah).")
            .Resolve(c => c.Source.Measure == AssetMeasure.Value ? "VALUE" : "QUANTITY");
        this.AddFigureFields(x => x.Figure, x => new RegionKey(x.RegionId, x.SourceRowId));
    }
}

/// <summary>One printed row of an aid-distribution table: a kecamatan (or summary row) in a stage, with its figures.</summary>
public sealed record AidRow(int Year, string Stage, string? Kecamatan, string? Label, IReadOnlyList<AidFigure> Figures)
{
    public AidFigure? Get(AidMeasure measure) => Figures.FirstOrDefault(f => f.Measure == measure);

    public ComputedPercent DeliveredShare => ComputedPercent.Of(Get(AidMeasure.Delivered)?.Figure.Value, Get(AidMeasure.Recipients)?.Figure.Value, "realisasi", "jumlah penerima");
}

public sealed class AidFigureType : ObjectGraphType<AidFigure>
{
    public AidFigureType()
    {
        Name = "AidFigure";
        Description = "A published figure of a social-aid distribution row (penyaluran bantuan sosial).";
        this.AddFigureFields(x => x.Figure, x => new RegionKey(x.RegionId, x.SourceRowId));
    }
}

public sealed class AidRowType : ObjectGraphType<AidRow>
{
    public AidRowType()
    {
        Name = "AidRow";
        Description = "Social aid distributed in one kecamatan and stage (tahap), as one printed row: recipients, delivered and not delivered.";
        Field(x => x.Year).Description("Year (tahun).");
        Field(x => x.Stage).Description("Stage (tahap): \"I\", \"II\" or \"I+II\".");
        Field(x => x.Kecamatan, nullable: true).Description("District (kecamatan); null on summary rows.");
        Field(x => x.Label, nullable: true).Description("Label of a summary row (\"REALISASI\", \"TIDAK REALISASI\").");
        Field<AidFigureType>("recipients").Description("Recipients (jumlah penerima).").Resolve(c => c.Source.Get(AidMeasure.Recipients));
        Field<AidFigureType>("delivered").Description("Delivered (realisasi).").Resolve(c => c.Source.Get(AidMeasure.Delivered));
        Field<AidFigureType>("deliveredPercent").Description("Delivered share as printed (%).").Resolve(c => c.Source.Get(AidMeasure.DeliveredPercent));
        Field<AidFigureType>("undelivered").Description("Not delivered (tidak realisasi).").Resolve(c => c.Source.Get(AidMeasure.Undelivered));
        Field<AidFigureType>("undeliveredPercent").Description("Not delivered share as printed (%).").Resolve(c => c.Source.Get(AidMeasure.UndeliveredPercent));
        Field<AidFigureType>("amount").Description("Amount in Rupiah (nominal).").Resolve(c => c.Source.Get(AidMeasure.Amount));
        Field<NonNullGraphType<ComputedPercentType>>("deliveredShare").Description("Delivered share recomputed: realisasi / jumlah penerima x 100.")
            .Resolve(c => c.Source.DeliveredShare);
    }
}
