using GraphQL.Types;

namespace Sakip.Api.Releases;

public static class ReleaseQueries
{
    public static void AddReleaseFields(this ObjectGraphType query) =>
        query.Field<ReleaseType>("release")
            .Description("The release (rilis data) the answers come from; null before the first load.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReleaseMonitor>().CurrentAsync(c.CancellationToken));
}
