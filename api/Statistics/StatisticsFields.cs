using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.Organisation;
using Sakip.Api.Reconciliation;

namespace Sakip.Api.Statistics;

/// <summary>Statistics fields of regions (PPKS, PSKS) and agencies (staff, assets, aid distribution).</summary>
public static class StatisticsFields
{

    private sealed record PpksBook(IReadOnlyList<PpksStatistic> Statistics, IReadOnlyList<StatedTotal> StatedTotals);

    public static void AddStatisticsFields(this ObjectGraphType<Region> region)
    {
        region.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PpksStatisticType>>>>("ppks")
            .Description("PPKS statistics per category for a year (data PPKS/PMKS): terdata, tertangani, mandiri and coverage.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year (tahun) of the figures.")
            .Resolve(c => Ppks(c, c.Source.Id, c.GetArgument<int>("year")).Then(b => b.Statistics));
        region.Field<NonNullGraphType<PpksSummaryType>>("ppksSummary")
            .Description("PPKS totals for a year with overall coverage (cakupan penanganan PPKS) and the totals the documents print.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year (tahun) of the figures.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int>("year");
                return Ppks(c, c.Source.Id, year).Then(b => PpksSummary.Of(year, b.Statistics, b.StatedTotals));
            });
        region.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PsksEntryType>>>>("psks")
            .Description("PSKS (potensi dan sumber kesejahteraan sosial) per type for a year.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year (tahun) of the figures.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int>("year");
                return c.Loaders().Many<int, PsksEntry>("Region.psks",
                        (db, ids, ct) => db.PsksEntries.AsNoTracking().Where(p => ids.Contains(p.RegionId)).OrderBy(p => p.Year).ThenBy(p => p.Id).ToListAsync(ct),
                        p => p.RegionId)
                    .Load(c.Source.Id).Then(list => list.Where(p => p.Year == year).ToList());
            });
        region.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("statisticsYears")
            .Description("The years with PPKS or PSKS figures for the region, newest first.")
            .ResolveAsync(async c => (await c.Directory()).StatisticsYears(c.Source.Id));
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<PpksBook> Ppks(IResolveFieldContext c, int regionId, int year)
    {
        var loaders = c.Loaders();
        return loaders.One<(int Region, int Year), PpksBook>("Region.ppks", async (db, keys, ct) =>
        {
            var regions = keys.Select(k => k.Region).Distinct().ToList();
            var years = keys.Select(k => k.Year).Distinct().ToList();
            var categories = await db.PpksCategories.AsNoTracking().Where(p => regions.Contains(p.RegionId)).OrderBy(p => p.Id).ToListAsync(ct);
            var figures = await db.PpksFigures.AsNoTracking().Where(f => regions.Contains(f.RegionId) && years.Contains(f.Year)).ToListAsync(ct);
            // The stated totals come with their rows and tables, kept for their `source`.
            // From the region's PPKS tables of the years (index region_id, kind, year) to their totals, not the other way round:
            // a region's totals of every kind and year are thousands in a nation-sized load.
            var totals = await db.SourceTables.AsNoTracking()
                .Where(t => regions.Contains(t.RegionId) && t.Kind == "ppks" && years.Contains(t.Year))
                .Join(db.StatedTotals.AsNoTracking(), t => new { t.RegionId, TableId = t.Id }, s => new { s.RegionId, TableId = s.SourceTableId },
                    (t, s) => new { Total = s, t.Year, Row = s.SourceRow!, Table = t })
                .OrderBy(t => t.Total.SourceTableId).ThenBy(t => t.Total.Id)
                .ToListAsync(ct);
            var sourceRows = loaders.ById<SourceRow>();
            var sourceTables = loaders.ById<SourceTable>();
            foreach (var total in totals)
            {
                sourceRows.Prime(RegionKey.Of(total.Row), total.Row);
                sourceTables.Prime(RegionKey.Of(total.Table), total.Table);
            }
            return keys.ToDictionary(k => k, k => new PpksBook(
                PpksStatistics.Build(categories.Where(p => p.RegionId == k.Region).ToList(), figures.Where(f => f.RegionId == k.Region && f.Year == k.Year).ToList()),
                totals.Where(t => t.Total.RegionId == k.Region && t.Year == k.Year).Select(t => t.Total).ToList()));
        }).Load((regionId, year)).Then(b => b!);
    }

    public static void AddAgencyStatisticsFields(this ObjectGraphType<Agency> agency)
    {
        agency.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffPositionType>>>>("staffPositions")
            .Description("Positions (jabatan) with staff by ASN status, as the documents list them.")
            .Argument<IntGraphType>("year", "Only this year.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                return c.Loaders().Many<StaffPosition>("Agency.staffPositions",
                        (db, regions, ids, ct) => db.StaffPositions.AsNoTracking().Where(s => regions.Contains(s.RegionId) && ids.Contains(s.AgencyId)).OrderBy(s => s.Year).ThenBy(s => s.Id).ToListAsync(ct),
                        s => new RegionKey(s.RegionId, s.AgencyId))
                    .Load(RegionKey.Of(c.Source)).Then(list => list.Where(s => year is null || s.Year == year).ToList());
            });
        agency.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaffCountType>>>>("staffCounts")
            .Description("Staff counts by eselon, golongan, pendidikan, jenis kelamin or status.")
            .Argument<IntGraphType>("year", "Only this year.")
            .Argument<StringGraphType>("dimension", "Only this dimension (\"pendidikan\", \"golongan\", ...).")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                var dimension = c.GetArgument<string?>("dimension");
                return c.Loaders().Many<StaffCount>("Agency.staffCounts",
                        (db, regions, ids, ct) => db.StaffCounts.AsNoTracking().Where(s => regions.Contains(s.RegionId) && ids.Contains(s.AgencyId)).OrderBy(s => s.Year).ThenBy(s => s.Id).ToListAsync(ct),
                        s => new RegionKey(s.RegionId, s.AgencyId))
                    .Load(RegionKey.Of(c.Source)).Then(list => list.Where(s => (year is null || s.Year == year) && (dimension is null || s.Dimension == dimension)).ToList());
            });
        agency.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetFigureType>>>>("assets")
            .Description("Asset summary (aset): values per asset class and counts of items.")
            .Argument<IntGraphType>("year", "Only this year.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                return c.Loaders().Many<AssetFigure>("Agency.assets",
                        (db, regions, ids, ct) => db.AssetFigures.AsNoTracking().Where(a => regions.Contains(a.RegionId) && ids.Contains(a.AgencyId)).OrderBy(a => a.Year).ThenBy(a => a.Id).ToListAsync(ct),
                        a => new RegionKey(a.RegionId, a.AgencyId))
                    .Load(RegionKey.Of(c.Source)).Then(list => list.Where(a => year is null || a.Year == year).ToList());
            });
        agency.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AidRowType>>>>("aidDistribution")
            .Description("Social aid distributed per kecamatan and stage (penyaluran bantuan per kecamatan), one entry per printed row.")
            .Argument<IntGraphType>("year", "Only this year.")
            .Argument<StringGraphType>("stage", "Only this stage (\"I\", \"II\", \"I+II\").")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                var stage = c.GetArgument<string?>("stage");
                return c.Loaders().Many<AidFigure>("Agency.aid",
                        (db, regions, ids, ct) => db.AidFigures.AsNoTracking().Where(a => regions.Contains(a.RegionId) && ids.Contains(a.AgencyId)).OrderBy(a => a.SourceTableId).ThenBy(a => a.SourceRowId).ThenBy(a => a.Measure).ToListAsync(ct),
                        a => new RegionKey(a.RegionId, a.AgencyId))
                    .Load(RegionKey.Of(c.Source)).Then(list => list
                        .Where(a => (year is null || a.Year == year) && (stage is null || a.Stage == stage))
                        .GroupBy(a => a.SourceRowId)
                        .Select(g => new AidRow(g.First().Year, g.First().Stage, g.First().Kecamatan, g.First().Label, g.ToList()))
                        .ToList());
            });
    }
}
