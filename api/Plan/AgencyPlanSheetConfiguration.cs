using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

public sealed class AgencyPlanSheetConfiguration : IEntityTypeConfiguration<AgencyPlanSheet>
{
    public void Configure(EntityTypeBuilder<AgencyPlanSheet> builder)
    {
        builder.ToTable("agency_plan_sheets");
        builder.HasKey(x => new { x.RegionId, x.AgencyId, x.Year });
        builder.HasOne<Agency>().WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
    }
}
