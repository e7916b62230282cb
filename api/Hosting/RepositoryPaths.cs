namespace Sakip.Api.Hosting;

/// <summary>Finds the repository root (the folder holding Sakip.slnx) for the default data and seed folders.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DefaultDataDirectory => Path.Combine(Root, ".data", "postgres");

    public static string DefaultSeedDirectory => Path.Combine(Root, "seed");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Sakip.slnx")))
                {
                    return dir.FullName;
                }
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
