using Microsoft.Extensions.Options;
using Sakip.Api.Data;
using Sakip.Api.Seeding;
using Sakip.Api.Workbooks;

namespace Sakip.Api.Hosting;

/// <summary>
/// <c>import [--check] PATH...</c>: adds or replaces documents, each a document folder (document.yaml and its CSV files) or
/// a workbook (.xlsx), in the seed folder and the database, in one step. The documents are staged in the seed folder's
/// <c>.import</c> folder and loaded with every other seed document in one transaction; only when it commits do they
/// replace their folders in the seed folder, so the seed folder and the database never disagree. With <c>--check</c> the
/// load runs and is rolled back: it shows what would be added, changed and removed, each indicator's capaian and
/// kriteria, and the findings that would appear or go, and writes nothing.
/// </summary>
public static class ImportCommand
{
    public const string StagingFolder = ".import";

    /// <summary>The file in an import's staging folder that the import holds open, exclusively, while it runs: the
    /// operating system lets go of it when the process ends, however it ends.</summary>
    public const string StagingLock = ".lock";

    /// <summary>A staging folder without a lock file (an import of an older version, or one between creating its folder
    /// and its lock) is left alone this long.</summary>
    static readonly TimeSpan UnlockedGrace = TimeSpan.FromMinutes(1);

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> paths, bool check, CancellationToken ct)
    {
        if (paths.Count == 0)
        {
            await Console.Error.WriteLineAsync("import needs the document folder(s) or workbook(s) to import: import [--check] PATH...");
            return 2;
        }
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var seedDirectory = Path.GetFullPath(options.SeedDirectory ?? RepositoryPaths.DefaultSeedDirectory);
        var namesRoot = Path.GetDirectoryName(seedDirectory) ?? seedDirectory;
        var staging = Path.Combine(seedDirectory, StagingFolder, Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(staging);
        var held = new FileStream(Path.Combine(staging, StagingLock), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        try
        {
            RemoveStaleStaging(Path.GetDirectoryName(staging)!, staging, app.Services.GetRequiredService<TimeProvider>().GetUtcNow());
            var problems = new List<SeedError>();
            var staged = new List<Staged>();
            foreach (var path in paths)
            {
                if (Stage(path, staging, problems) is { } s)
                {
                    staged.Add(s);
                }
            }
            foreach (var s in staged.Where(s => s.Workbook is not null))
            {
                KeepSourceFiles(Path.Combine(seedDirectory, s.Key), s.Folder);
            }
            foreach (var warning in staged.SelectMany(s => s.Workbook?.Warnings ?? []))
            {
                Console.WriteLine($"warning: {warning}");
            }
            foreach (var duplicate in staged.GroupBy(s => s.Key).Where(g => g.Count() > 1))
            {
                problems.Add(new SeedError(duplicate.Last().From, null, "key", $"'{duplicate.Key}' is imported twice in this run ({string.Join(", ", duplicate.Select(d => d.From))})"));
            }
            if (problems.Count > 0)
            {
                return await FailAsync(new SeedValidationException(problems));
            }

            // The seed folder as it would be: its documents, the staged ones in place of those with the same key.
            var keys = staged.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            var folders = SeedReader.ListFolders(seedDirectory, namesRoot).Where(f => !keys.Contains(Path.GetFileName(f)))
                .Concat(staged.Select(s => s.Folder)).OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();
            var survey = new SeedSurvey(folders, folders.Select(SeedSurvey.Stamp).ToList(), TimeSpan.Zero);

            await using var scope = app.Services.CreateAsyncScope();
            await using var db = scope.ServiceProvider.CreatePrimaryContext();
            var loader = ActivatorUtilities.CreateInstance<SeedLoader>(scope.ServiceProvider, db);
            var preview = new ImportPreview();
            SeedResult result;
            try
            {
                result = await loader.LoadAsync(survey, namesRoot, force: false, ct, check ? preview : null);
            }
            catch (SeedValidationException e)
            {
                return await FailAsync(InUserTerms(e, staged, namesRoot));
            }
            foreach (var warning in result.Warnings)
            {
                Console.WriteLine($"warning: {InUserTerms(warning, staged, namesRoot)}");
            }
            if (check)
            {
                preview.Write(Console.Out);
                Console.WriteLine();
                Console.WriteLine($"Checked: {paths.Count} to import, nothing written. Run the same command without --check to import.");
                return 0;
            }
            foreach (var s in staged)
            {
                Replace(Path.Combine(seedDirectory, s.Key), s.Folder);
            }
            Console.WriteLine($"Imported {string.Join(", ", staged.Select(s => s.Key))} into {Path.GetRelativePath(namesRoot, seedDirectory)}: "
                + $"{result.Documents} documents ({result.DocumentsLoaded} loaded, {result.DocumentsRemoved} removed), {result.Rows} rows, "
                + $"{result.Findings} reconciliation findings. A running API serves the new release within a second.");
            return 0;
        }
        finally
        {
            await held.DisposeAsync();
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            var parent = Path.GetDirectoryName(staging)!;
            if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }
        }
    }

    /// <summary>A document to import: its key, its staged folder, the path the user gave and, for a workbook, how to tell its problems.</summary>
    private sealed record Staged(string Key, string Folder, string From, WorkbookImport? Workbook);

    /// <summary>
    /// Removes the staging folders of imports that are no longer running (killed before their finally block): a folder
    /// whose lock file can be taken has no import holding it; one without a lock file is removed once it is older than
    /// <see cref="UnlockedGrace"/>. Folders of imports still running (waiting for the load's lock, or loading) stay.
    /// </summary>
    internal static void RemoveStaleStaging(string stagingRoot, string own, DateTimeOffset now)
    {
        foreach (var folder in Directory.GetDirectories(stagingRoot))
        {
            if (Path.GetFullPath(folder) == Path.GetFullPath(own))
            {
                continue;
            }
            var lockFile = Path.Combine(folder, StagingLock);
            try
            {
                if (File.Exists(lockFile))
                {
                    // Taken only when no running import holds it.
                    using (new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
                }
                else if (now - new DateTimeOffset(Directory.GetLastWriteTimeUtc(folder), TimeSpan.Zero) < UnlockedGrace)
                {
                    continue;
                }
                Directory.Delete(folder, recursive: true);
                Console.WriteLine($"Removed {Path.GetFileName(stagingRoot)}/{Path.GetFileName(folder)}, left behind by an import that did not finish.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Held by a running import (or already gone): leave it.
            }
        }
    }

    /// <summary>Copies a document folder (or writes a workbook's) into the staging folder, named by its key; null with problems added when it cannot.</summary>
    private static Staged? Stage(string path, string staging, List<SeedError> problems)
    {
        var full = UserPaths.Full(path);
        if (File.Exists(full) && string.Equals(Path.GetExtension(full), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var workbook = WorkbookReader.ReadInto(full, staging);
            problems.AddRange(workbook.Errors.Select(e => e.ToSeedError()));
            return workbook.Errors.Count == 0 && workbook.Folder is { } written ? new Staged(Path.GetFileName(written), written, path, workbook) : null;
        }
        if (!Directory.Exists(full))
        {
            problems.Add(new SeedError(path, null, null, "is neither a document folder (with a document.yaml) nor a workbook (.xlsx)"));
            return null;
        }
        if (!File.Exists(Path.Combine(full, "document.yaml")))
        {
            problems.Add(new SeedError(path, null, null, "has no document.yaml: a document folder holds document.yaml and one CSV file per table (seed/README.md)"));
            return null;
        }
        var errors = new List<SeedError>();
        if (SeedReader.ReadManifest(full, Path.GetDirectoryName(full)!, errors) is not { Key.Length: > 0 } manifest)
        {
            problems.AddRange(errors.Count > 0 ? errors : [new SeedError(Path.Combine(path, "document.yaml"), null, "key", "is required")]);
            return null;
        }
        var folder = Path.Combine(staging, manifest.Key);
        if (!Directory.Exists(folder)) // the same key twice is reported by the caller
        {
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(full))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
        }
        return new Staged(manifest.Key, folder, path, null);
    }

    /// <summary>
    /// A workbook holds the tables, not the source text file: the files of the document's folder in the seed folder other
    /// than its tables and document.yaml (the source text) stay with the document, and check its lines.
    /// </summary>
    private static void KeepSourceFiles(string current, string staged)
    {
        if (!Directory.Exists(current))
        {
            return;
        }
        foreach (var file in Directory.GetFiles(current).Where(f => Path.GetFileName(f) != "document.yaml" && Path.GetExtension(f) != ".csv"))
        {
            var target = Path.Combine(staged, Path.GetFileName(file));
            if (!File.Exists(target))
            {
                File.Copy(file, target);
            }
        }
    }

    /// <summary>Puts the staged folder in place of the document's folder: renames within one file system, so a reader sees the old folder or the new.</summary>
    private static void Replace(string target, string staged)
    {
        var old = target + ".replaced-" + Guid.NewGuid().ToString("N")[..8];
        if (Directory.Exists(target))
        {
            Directory.Move(target, old);
        }
        Directory.Move(staged, target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    private static SeedValidationException InUserTerms(SeedValidationException e, List<Staged> staged, string namesRoot) =>
        new(e.Errors.Select(x => InUserTerms(x, staged, namesRoot)).ToList(), e.Warnings.Select(x => InUserTerms(x, staged, namesRoot)).ToList());

    /// <summary>A problem in a staged copy, named by the path the user gave (their folder, or their workbook's sheet and row).</summary>
    private static SeedError InUserTerms(SeedError error, List<Staged> staged, string namesRoot)
    {
        foreach (var s in staged)
        {
            var prefix = Path.GetRelativePath(namesRoot, s.Folder).Replace('\\', '/') + "/";
            if (error.File.Replace('\\', '/').StartsWith(prefix, StringComparison.Ordinal))
            {
                return s.Workbook is { } workbook
                    ? workbook.Locate(error with { File = Path.Combine(s.Folder, error.File[prefix.Length..]) })?.ToSeedError() ?? error with { File = s.From }
                    : error with { File = Path.Combine(s.From, error.File[prefix.Length..]) };
            }
        }
        return error;
    }

    private static async Task<int> FailAsync(SeedValidationException e)
    {
        await Console.Error.WriteLineAsync(e.Message.Replace("The seed is invalid", "The import is invalid").Replace("nothing was loaded", "nothing was imported"));
        return 1;
    }
}
