namespace Sakip.Api.Hosting;

/// <summary>Paths a user types on the command line, taken from where they typed them.</summary>
public static class UserPaths
{
    /// <summary>
    /// The full path of a path given on the command line. "dotnet run --project api" starts the program in the project's
    /// folder, not the shell's, but the shell's folder is still in PWD: a relative path is taken from there, as the user meant it.
    /// </summary>
    public static string Full(string path) =>
        Path.GetFullPath(path, Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Directory.Exists(shell) ? shell : Directory.GetCurrentDirectory());
}
