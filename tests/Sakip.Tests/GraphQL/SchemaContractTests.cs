using Microsoft.Extensions.Hosting;
using Sakip.Api.GraphQL;
using Sakip.Api.Hosting;

namespace Sakip.Tests.GraphQL;

public sealed class SchemaContractTests
{
    [Fact]
    public void Published_schema_graphql_matches_the_schema_in_code()
    {
        var printed = SchemaPrinting.PrintSdl(new ProductionEnvironment());
        var published = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql")).Replace("\r\n", "\n");
        Assert.True(printed == published, $"schema/schema.graphql differs from the code. Rewrite it with: {SchemaPrinting.RewriteCommand}");
    }

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "Sakip.Api";
        public string ContentRootPath { get; set; } = RepositoryPaths.Root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
