using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Sakip.Api.GraphQL;

/// <summary>Prints the schema as SDL: the published contract in schema/schema.graphql.</summary>
public static class SchemaPrinting
{
    public const string RewriteCommand = "dotnet run --project api -- schema > schema/schema.graphql";

    public static string PrintSdl(IHostEnvironment environment)
    {
        using var services = new ServiceCollection().AddLogging().AddSakipGraphQL(environment).BuildServiceProvider();
        var schema = services.GetRequiredService<ISchema>();
        return schema.Print(new PrintOptions { IncludeDescriptions = true }).Replace("\r\n", "\n").TrimEnd() + "\n";
    }
}
