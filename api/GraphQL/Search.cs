namespace Sakip.Api.GraphQL;

/// <summary>Text search arguments: "contains, case-insensitive", with LIKE wildcards in the text taken literally.</summary>
public static class Search
{
    public static string Pattern(string text) =>
        "%" + text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}

public static class DbContextAccess
{
    /// <summary>The request's DbContext, for root fields; nested fields go through the batch loaders.</summary>
    public static Data.SakipDbContext Db(this global::GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<Data.SakipDbContext>();
}
