using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Sakip.Api.Hosting;

namespace Sakip.Api.Data;

/// <summary>Lets dotnet-ef build the model for migrations without starting a database.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SakipDbContext>
{
    public SakipDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        options.UseSakipNpgsql("Host=127.0.0.1;Database=sakip");
        return new SakipDbContext(options.Options);
    }
}
