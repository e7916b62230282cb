using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.Budgets;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.GraphQL.Relay;
using Sakip.Api.Plan;
using Sakip.Api.Statistics;

namespace Sakip.Api.Organisation;

public sealed class AgencyType : ObjectGraphType<Agency>
{
    public AgencyType()
    {
        Name = "Agency";
        Description = "A regional government agency (Perangkat Daerah, OPD/SKPD), e.g. a Dinas Sosial.";
        this.IsNode();
        Field(x => x.Key).Description("Key within the region, as in the seed files (e.g. \"dinsos\").");
        Field(x => x.Name).Description("Name (nama perangkat daerah).");
        Field<NonNullGraphType<RegionType>>("region").Description("The region (pemerintah daerah) the agency belongs to.")
            .Resolve(c => RegionType.ById(c, c.Source.RegionId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("units")
            .Description("Organisational units (unit kerja): Sekretariat, Bidang, Subbagian, UPTD.")
            .Resolve(c => c.Loaders().Many<Unit>("Agency.units",
                (db, regions, ids, ct) => db.Units.AsNoTracking().Where(u => regions.Contains(u.RegionId) && ids.Contains(u.AgencyId)).OrderBy(u => u.Id).ToListAsync(ct),
                u => new RegionKey(u.RegionId, u.AgencyId)).Load(RegionKey.Of(c.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficialType>>>>("officials")
            .Description("Responsible officials (pejabat) by position, with name, rank and NIP where a document prints them.")
            .Resolve(c => c.Loaders().Many<Official>("Agency.officials",
                (db, regions, ids, ct) => db.Officials.AsNoTracking().Where(o => regions.Contains(o.RegionId) && ids.Contains(o.AgencyId)).OrderBy(o => o.Echelon).ThenBy(o => o.Id).ToListAsync(ct),
                o => new RegionKey(o.RegionId, o.AgencyId)).Load(RegionKey.Of(c.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentType>>>>("documents")
            .Description("The agency's documents, newest year first.")
            .Argument<IntGraphType>("year", "Only documents of this year.")
            .Argument<DocumentKindType>("kind", "Only documents of this kind.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                var kind = c.GetArgument<DocumentKind?>("kind");
                return DocumentsOf(c, RegionKey.Of(c.Source)).Then(list => list.Where(d => (year is null || d.Year == year) && (kind is null || d.Kind == kind)).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("years")
            .Description("The years (tahun) the agency has documents for, newest first.")
            .Resolve(c => DocumentsOf(c, RegionKey.Of(c.Source)).Then(list => list.Select(d => d.Year).Distinct().ToList()));
        this.AddPlanFields();
        this.AddBudgetFields();
        this.AddAgencyStatisticsFields();
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<Document>> DocumentsOf(IResolveFieldContext c, RegionKey agency) =>
        c.Loaders().Many<Document>("Agency.documents",
            (db, regions, ids, ct) => db.Documents.AsNoTracking().Where(d => regions.Contains(d.RegionId) && ids.Contains(d.AgencyId))
                .OrderByDescending(d => d.Year).ThenBy(d => d.Kind).ToListAsync(ct), d => new RegionKey(d.RegionId, d.AgencyId)).Load(agency);
}
