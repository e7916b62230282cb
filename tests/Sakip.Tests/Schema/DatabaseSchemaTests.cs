using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sakip.Api.Data;
using Sakip.Api.Hosting;

namespace Sakip.Tests.Schema;

public sealed class DatabaseSchemaTests
{
    private const string Command = "dotnet ef migrations script --idempotent --project api -o schema/database.sql";

    [Fact]
    public void Published_database_sql_matches_the_migrations()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var published = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "database.sql"));
        Assert.True(Normalise(script) == Normalise(published),
            $"schema/database.sql differs from the migrations. Rewrite it with: {Command}");
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes with no migration. Add one: dotnet ef migrations add <Name> --project api --output-dir Data/Migrations");
    }

    private static string Normalise(string sql) => sql.TrimStart('\uFEFF').Replace("\r\n", "\n").Trim();
}
