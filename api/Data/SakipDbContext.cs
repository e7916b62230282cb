using Microsoft.EntityFrameworkCore;
using Sakip.Api.Budgets;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;
using Sakip.Api.Statistics;

namespace Sakip.Api.Data;

public sealed class SakipDbContext(DbContextOptions<SakipDbContext> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<SourceTable> SourceTables => Set<SourceTable>();
    public DbSet<SourceRow> SourceRows => Set<SourceRow>();
    public DbSet<RegionCapaianScale> RegionCapaianScales => Set<RegionCapaianScale>();
    public DbSet<PlanNode> PlanNodes => Set<PlanNode>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Contribution> Contributions => Set<Contribution>();
    public DbSet<IndicatorFigure> IndicatorFigures => Set<IndicatorFigure>();
    public DbSet<IndicatorCapaian> IndicatorCapaian => Set<IndicatorCapaian>();
    public DbSet<BudgetFigure> BudgetFigures => Set<BudgetFigure>();
    public DbSet<NodeBudgetRollUp> NodeBudgets => Set<NodeBudgetRollUp>();
    public DbSet<AgencyPlanSheet> AgencyPlanSheets => Set<AgencyPlanSheet>();
    public DbSet<PpksCategory> PpksCategories => Set<PpksCategory>();
    public DbSet<PpksFigure> PpksFigures => Set<PpksFigure>();
    public DbSet<PsksEntry> PsksEntries => Set<PsksEntry>();
    public DbSet<AidFigure> AidFigures => Set<AidFigure>();
    public DbSet<StaffPosition> StaffPositions => Set<StaffPosition>();
    public DbSet<StaffCount> StaffCounts => Set<StaffCount>();
    public DbSet<AssetFigure> AssetFigures => Set<AssetFigure>();
    public DbSet<StatedTotal> StatedTotals => Set<StatedTotal>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<SeedLoad> SeedLoads => Set<SeedLoad>();
    public DbSet<GraphQL.Limits.RegionListSize> RegionListSizes => Set<GraphQL.Limits.RegionListSize>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SakipDbContext).Assembly);
}
