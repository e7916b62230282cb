namespace Sakip.Site.Build;

/// <summary>Brings the output folder to the built files, after the whole build succeeded: files with the same bytes
/// are left alone (so their dates stay and a sync or CDN sees no change), changed and new ones are written through a
/// temporary file and a rename, and files the build no longer makes are deleted.</summary>
public static class OutputFolder
{
    public sealed record SyncResult(int Written, int Unchanged, int Deleted);

    /// <summary>Marks a folder as the generator's, so a mistyped <c>--out</c> never deletes someone else's files.</summary>
    public const string Marker = ".sakip-site";

    /// <summary>Throws when the folder holds files but is not one this generator wrote.</summary>
    public static void EnsureOurs(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any() && !File.Exists(Path.Combine(root, Marker)))
            throw new Api.SiteBuildException(
                $"The output folder {root} is not empty and was not written by this generator (no {Marker} file); choose an empty or new folder.");
    }

    public static SyncResult Sync(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        var root = Path.GetFullPath(folder);
        EnsureOurs(root);
        Directory.CreateDirectory(root);
        files = new Dictionary<string, byte[]>(files) { [Marker] = "Written by the SAKIP site generator; its files are replaced on every build.\n"u8.ToArray() };
        int written = 0, unchanged = 0, deleted = 0;
        foreach (var (relative, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(root, relative);
            if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                unchanged++;
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
            written++;
        }

        var keep = new HashSet<string>(files.Keys.Select(k => Path.Combine(root, k)), StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
        {
            if (keep.Contains(path)) continue;
            File.Delete(path);
            deleted++;
        }
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        return new SyncResult(written, unchanged, deleted);
    }
}
