using Sakip.Api.Seeding;
using Sakip.Api.Workbooks;

namespace Sakip.Api.Hosting;

/// <summary>
/// The workbook verbs, which need no database (so they run before the host and its database are set up, like "schema"):
/// "export DOCUMENT OUT.xlsx" writes a document (a key of the seed folder, or a document folder) as a workbook;
/// "template KIND OUT.xlsx" writes a blank workbook for a document kind (RAK, LKJIP, PK, RENSTRA). Reading a workbook
/// back is <see cref="WorkbookReader.ReadInto"/>.
/// </summary>
public static class WorkbookCommands
{
    private static readonly string[] Verbs = ["export", "template"];

    /// <summary>Runs a workbook verb and returns its exit code (0 done, 1 the document does not read, 2 wrong arguments); null when args start with no such verb.</summary>
    public static int? TryRun(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            return null;
        }
        // Positional arguments first; what follows is configuration (--Database:SeedDirectory=...), as for the other verbs.
        if (args.Length < 3 || args[1].StartsWith("--", StringComparison.Ordinal) || args[2].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine(args[0] == "export"
                ? "Usage: export <document key or folder> <out.xlsx>"
                : $"Usage: template <{string.Join("|", WorkbookTemplates.Kinds)}> <out.xlsx>");
            return 2;
        }
        var output = UserPaths.Full(args[2]);
        if (Path.GetDirectoryName(output) is { } parent && !Directory.Exists(parent))
        {
            Console.Error.WriteLine($"The folder of {args[2]} does not exist.");
            return 2;
        }
        return args[0] == "export" ? Export(args[1], output, args[3..]) : Template(args[1], output);
    }

    private static int Template(string kind, string output)
    {
        if (!WorkbookTemplates.Write(kind, output))
        {
            Console.Error.WriteLine($"'{kind}' is not a document kind: one of {string.Join(", ", WorkbookTemplates.Kinds)}{NearMiss.Hint(kind, WorkbookTemplates.Kinds)}");
            return 2;
        }
        Console.WriteLine($"Wrote the {kind.ToUpperInvariant()} template to {output}.");
        return 0;
    }

    private static int Export(string document, string output, string[] configuration)
    {
        var folder = Directory.Exists(UserPaths.Full(document)) && File.Exists(Path.Combine(UserPaths.Full(document), "document.yaml")) ? UserPaths.Full(document) : null;
        if (folder is null)
        {
            var seed = Path.GetFullPath(WebApplication.CreateBuilder(configuration).Configuration.GetSection(DatabaseOptions.Section)
                .Get<DatabaseOptions>()?.SeedDirectory ?? RepositoryPaths.DefaultSeedDirectory);
            folder = Path.Combine(seed, document);
            if (!File.Exists(Path.Combine(folder, "document.yaml")))
            {
                var keys = Directory.Exists(seed) ? Directory.GetDirectories(seed).Select(Path.GetFileName).OfType<string>() : [];
                Console.Error.WriteLine($"'{document}' is neither a document folder nor a document of the seed folder {seed}{NearMiss.Hint(document, keys)}");
                return 2;
            }
        }
        var errors = WorkbookWriter.Export(folder, output);
        foreach (var error in errors)
        {
            Console.Error.WriteLine(error);
        }
        if (errors.Count > 0)
        {
            Console.Error.WriteLine($"The document does not read ({errors.Count} error{(errors.Count == 1 ? "" : "s")}); no workbook was written.");
            return 1;
        }
        Console.WriteLine($"Exported {Path.GetFileName(Path.GetFullPath(folder))} to {output}.");
        return 0;
    }
}
