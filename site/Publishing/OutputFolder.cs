using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Site.Api;

namespace Sakip.Site.Publishing;

/// <summary>Publishes a built site as a whole. The output path (<c>--out</c>) is a symbolic link to a folder beside it,
/// one per build (<c>out.20261201T201900123Z</c>): a build writes a new such folder, then renames a new link over the
/// old one, which rename(2) does atomically. Whoever reads the output (a web server, a sync) sees the old site or the
/// new one, never a mix, and a build that fails before that step leaves the old one exactly as it was.</summary>
/// <remarks>Files with the same bytes as in the published build are that build's files under a second name (a hard
/// link; a copy with its date where the file system has none), so they keep their dates, a sync or CDN sees no change
/// and an unchanged file costs no space; a build that changes nothing publishes nothing. The previous build's folder is
/// kept (a reader may still be inside it); an older one is recycled as the next build's folder (<see cref="Begin"/>) or
/// deleted, and the first build into an output links a copy of itself to be that older one. A plain folder written by
/// an older generator is converted on its first build.</remarks>
public static partial class OutputFolder
{
    /// <summary>What a build changed: files written (new or changed), left with their dates, and no longer built;
    /// the folder now published, and whether this build published it (false when nothing changed).</summary>
    public sealed record Result(int Written, int Unchanged, int Deleted, string Folder, bool Published);

    /// <summary>Marks a folder as the generator's, so a mistyped <c>--out</c> never deletes someone else's files.</summary>
    public const string Marker = ".sakip-site";

    static readonly byte[] MarkerText = "Written by the SAKIP site generator; its files are replaced on every build.\n"u8.ToArray();

    /// <summary>What the output path is now: absent, our link (to <see cref="Folder"/>, null when dangling) or a plain
    /// folder from an older generator (<see cref="Plain"/>).</summary>
    internal sealed record Current(string Output, string Parent, string Name, string? Folder, bool Plain);

    /// <summary>Throws when the output path holds something this generator did not write.</summary>
    public static void EnsureOurs(string output) => Read(output);

    /// <summary>The build folder the output publishes now, null when none: where the previous build's files are.</summary>
    public static string? PublishedFolder(string output) => Read(output).Folder;

    /// <summary>Starts a build folder beside the output; nothing is visible at the output until <see cref="Staging.Commit"/>.
    /// With <paramref name="reusable"/>, an older build folder (neither the published one nor a link) that it accepts is
    /// renamed to be the new one, and the caller replaces what differs in it (<see cref="Staging.Recycled"/>): on a site
    /// of hundreds of thousands of files, writing or deleting a whole folder takes far longer than the few files a
    /// changed document changes. Such a folder is the build before the published one, which no reader is sent to.
    /// <paramref name="files"/> is about how many files the build will have (the published build's number, 0 when unknown).</summary>
    public static Staging Begin(string output, TimeProvider time, TextWriter log, Func<string, bool>? reusable = null, int files = 0)
    {
        var current = Read(output);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var folder = Unused(Path.Combine(current.Parent, $"{current.Name}.{stamp}"));
        try
        {
            var old = reusable is null || current.Plain || !Directory.Exists(current.Parent) ? null : Directory.EnumerateDirectories(current.Parent)
                .Where(d => d != current.Folder && IsBuildFolder(current.Name, Path.GetFileName(d)) && new FileInfo(d).LinkTarget is null
                            && File.Exists(Path.Combine(d, Marker)))
                .OrderDescending(StringComparer.Ordinal).FirstOrDefault(reusable);
            if (old is not null)
            {
                Directory.Move(old, folder);
                return new Staging(current, folder, stamp, log, files) { Recycled = true };
            }
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteBuildException($"Could not write {folder}: {e.Message}", e);
        }
        return new Staging(current, folder, stamp, log, files);
    }

    /// <summary>A build folder being written: files are written (or, with the published build's bytes, linked to its
    /// file) from any thread; <see cref="Commit"/> publishes it, disposing without a commit removes it.</summary>
    public sealed class Staging : IDisposable
    {
        readonly Current _current;
        readonly string _stamp;
        readonly TextWriter _log;
        // Relative path → unchanged. A dictionary sized for the build under a lock, not a concurrent one: a rebuild at
        // 2,000 documents adds 370,000 files, mostly from one thread, which took a concurrent dictionary 0.3-0.5 s
        // against 0.07 s, on a machine whose two cores the API and the renderers share.
        readonly Dictionary<string, bool> _files;
        readonly Lock _filesLock = new();
        readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
        bool _done;

        internal Staging(Current current, string folder, string stamp, TextWriter log, int files)
        {
            _files = new Dictionary<string, bool>(files, StringComparer.Ordinal);
            _log = log;
            _current = current;
            Folder = folder;
            _stamp = stamp;
            _folders[folder] = 0;
        }

        public string Folder { get; }

        /// <summary>True when the folder is an older build renamed: its files are that build's until replaced, and the
        /// caller says which to keep (<see cref="Keep"/>); the others it had are removed by <see cref="Commit"/>.</summary>
        public bool Recycled { get; internal init; }

        /// <summary>A file the recycled folder already has with the right bytes: left as it is.</summary>
        public void Keep(string relative, bool unchanged) => Add(relative, unchanged);


        /// <summary>Writes a file of the new build; with the published build's bytes, links to its file instead, so it
        /// keeps its date.</summary>
        public void Write(string relative, byte[] bytes)
        {
            var target = Path.Combine(Folder, relative);
            try
            {
                CreateFolderOf(target);
                // Never written in place: a recycled folder's file may be a link to the published build's.
                if (Recycled) File.Delete(target);
                var old = _current.Folder is { } f ? Path.Combine(f, relative) : null;
                var same = old is not null && SameBytes(old, bytes);
                if (!same || !HardLink.TryCreate(old!, target))
                {
                    using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                        stream.Write(bytes);
                    if (same) File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(old!));
                }
                Add(relative, same);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SiteBuildException($"Could not write {target}: {e.Message}", e);
            }
        }

        /// <summary>Writes a file too big to hold in memory (the bulk download) as <paramref name="write"/> streams it;
        /// with the published build's bytes, the file becomes a link to that build's, as <see cref="Write"/> does. Returns
        /// its size in bytes.</summary>
        public long WriteStreamed(string relative, Action<Stream> write)
        {
            var target = Path.Combine(Folder, relative);
            try
            {
                CreateFolderOf(target);
                if (Recycled) File.Delete(target);
                using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
                    write(stream);
                var old = _current.Folder is { } f ? Path.Combine(f, relative) : null;
                var same = old is not null && SameFiles(old, target);
                if (same)
                {
                    File.Delete(target);
                    if (!HardLink.TryCreate(old!, target))
                    {
                        File.Copy(old!, target);
                        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(old!));
                    }
                }
                Add(relative, same);
                return new FileInfo(target).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SiteBuildException($"Could not write {target}: {e.Message}", e);
            }
        }

        /// <summary>Takes a file of the published build unchanged (its inputs are), without reading it.</summary>
        public void Carry(string relative)
        {
            var target = Path.Combine(Folder, relative);
            var old = Path.Combine(_current.Folder ?? throw new InvalidOperationException("No published build to carry files from."), relative);
            try
            {
                CreateFolderOf(target);
                if (Recycled) File.Delete(target);
                if (!HardLink.TryCreate(old, target))
                {
                    File.Copy(old, target);
                    File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(old));
                }
                Add(relative, true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SiteBuildException($"Could not write {target}: {e.Message}", e);
            }
        }

        void Add(string relative, bool same)
        {
            bool added;
            lock (_filesLock) added = _files.TryAdd(relative, same);
            if (!added) throw new InvalidOperationException($"The build wrote {relative} twice.");
        }

        void CreateFolderOf(string file)
        {
            var folder = Path.GetDirectoryName(file)!;
            if (_folders.ContainsKey(folder)) return;
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        /// <summary>Publishes the folder as the output in one rename, unless it is the published build file for file
        /// (then it is removed and nothing changes).</summary>
        /// <param name="published">The files of the published build, each once, when known (from its manifest); otherwise its folder is listed.</param>
        /// <param name="recycled">The files the recycled folder had, when it is one: those not written or kept are removed.</param>
        public Result Commit(TextWriter log, IEnumerable<string>? published = null, IEnumerable<string>? recycled = null)
        {
            if (_done) throw new InvalidOperationException("The build folder was already committed or discarded.");
            Write(Marker, MarkerText);
            var current = _current;
            var unchanged = _files.Values.Count(same => same);
            var stale = current.Folder is { } old
                ? (published ?? Directory.EnumerateFiles(old, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(old, p))).Count(k => !_files.ContainsKey(k))
                : 0;
            if (Recycled) RemoveStale(recycled ?? Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Folder, p)).ToList());
            var result = new Result(_files.Count - unchanged, unchanged, stale, current.Folder ?? current.Output, Published: false);
            if (!current.Plain && current.Folder is not null && result.Written == 0 && result.Deleted == 0)
            {
                Dispose();
                return result;
            }

            var link = Unused(Path.Combine(current.Parent, $".{current.Name}.link-{_stamp}"));
            var step = link;
            string? previous;
            try
            {
                // Relative, so the link still holds when the parent is mounted elsewhere (a volume in another container).
                File.CreateSymbolicLink(link, Path.GetFileName(Folder));
                step = current.Output;
                previous = Swap(current, link, _stamp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var leftOver = Discard(Folder, link);
                _done = true;
                throw new SiteBuildException($"Could not write {step}: {e.Message}{leftOver}", e);
            }
            _done = true;

            // Published: from here on a failure is a warning, never a reason to undo the new site.
            if (current.Plain) previous = KeepConverted(current, previous, _stamp, log);
            log.WriteLine($"Published {Folder} as {current.Output}" + (previous is null ? "" : $"; the previous build stays in {previous}"));
            RemoveOlder(current, keep: [Folder, previous], log);
            if (previous is null) PrepareSpare(log);
            return result with { Folder = Folder, Published = true };
        }

        /// <summary>Links every file of the build just published into a second build folder, which the next build takes
        /// as its older build to update. Only the first build into an output needs it (later ones leave the previous
        /// build for that): otherwise the next rebuild, the one a data officer waits for after loading a document, would
        /// link each unchanged file into a new folder itself (370,000 files in 48,000 folders at 2,000 documents: 7-9 s
        /// of a 10.9-13.7 s rebuild), where here a full build pays it on every processor (2.7-3.3 s). It is written under
        /// a hidden name and renamed when whole, so an interrupted one is never taken for a build; it costs no file space
        /// (only its folders).</summary>
        void PrepareSpare(TextWriter log)
        {
            var clock = Stopwatch.StartNew();
            var hidden = Unused(Path.Combine(_current.Parent, $".{_current.Name}.spare-{_stamp}"));
            try
            {
                Directory.CreateDirectory(hidden);
                var linked = true;
                // The marker last: a folder without it is never taken for a build.
                Parallel.ForEach(_files.Keys.Where(f => f != Marker).GroupBy(Path.GetDirectoryName), (folder, state) =>
                {
                    Directory.CreateDirectory(Path.Combine(hidden, folder.Key!));
                    foreach (var file in folder)
                        if (!HardLink.TryCreate(Path.Combine(Folder, file), Path.Combine(hidden, file))) { linked = false; state.Stop(); return; }
                });
                if (!linked || !HardLink.TryCreate(Path.Combine(Folder, Marker), Path.Combine(hidden, Marker)))
                {
                    // No hard links here: a copy would double the site's size on disk for one faster rebuild.
                    Directory.Delete(hidden, recursive: true);
                    return;
                }
                var spare = Unused(Path.Combine(_current.Parent, $"{_current.Name}.{_stamp}-1"));
                Directory.Move(hidden, spare);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Prepared {spare} for the next build to update ({_files.Count:N0} files linked in {clock.Elapsed.TotalSeconds:0.0} s)"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException
                                          || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
            {
                log.WriteLine($"Warning: no folder prepared for the next build to update ({(e as AggregateException)?.InnerException?.Message ?? e.Message}); it writes a new one.");
                try { if (Directory.Exists(hidden)) Directory.Delete(hidden, recursive: true); }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException) { log.WriteLine($"Warning: could not remove {hidden}: {again.Message}"); }
            }
        }

        /// <summary>Removes the recycled folder's files this build did not write or keep, and the folders they leave empty.</summary>
        void RemoveStale(IEnumerable<string> files)
        {
            foreach (var relative in files.Where(f => !_files.ContainsKey(f)))
            {
                var path = Path.Combine(Folder, relative);
                try
                {
                    File.Delete(path);
                    for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > Folder.Length && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
                        Directory.Delete(folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new SiteBuildException($"Could not write {path}: {e.Message}", e);
                }
            }
        }

        /// <summary>Removes the folder unless it was published, so a failed build leaves nothing behind (what cannot be
        /// removed is named in the log, never thrown over the build's own error).</summary>
        public void Dispose()
        {
            if (_done) return;
            _done = true;
            var leftOver = Discard(Folder, link: null);
            if (leftOver.Length > 0) _log.WriteLine($"Warning:{leftOver}");
        }
    }

    static Current Read(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(full);
        if (parent is null) throw new SiteBuildException($"The output folder cannot be the file system's root {full}.");
        var name = Path.GetFileName(full);

        if (new FileInfo(full).LinkTarget is { } target)
        {
            var folder = Path.GetFullPath(target, parent);
            if (Directory.Exists(folder))
                return File.Exists(Path.Combine(folder, Marker))
                    ? new Current(full, parent, name, folder, Plain: false)
                    : throw NotOurs($"{full} links to {folder}, which");
            // A build folder deleted by hand: the next build simply publishes a new one.
            if (Path.GetDirectoryName(folder) == parent && IsBuildFolder(name, Path.GetFileName(folder)))
                return new Current(full, parent, name, null, Plain: false);
            throw NotOurs($"{full} links to {folder}, which does not exist and");
        }
        if (Directory.Exists(full))
        {
            if (File.Exists(Path.Combine(full, Marker))) return new Current(full, parent, name, full, Plain: true);
            if (Directory.EnumerateFileSystemEntries(full).Any()) throw NotOurs($"The output folder {full} is not empty and");
            return new Current(full, parent, name, null, Plain: true);
        }
        if (File.Exists(full)) throw new SiteBuildException($"The output path {full} is a file, not a folder; choose an empty or new folder.");
        return new Current(full, parent, name, null, Plain: false);
    }

    static SiteBuildException NotOurs(string what) =>
        new($"{what} was not written by this generator (no {Marker} file); choose an empty or new folder.");

    /// <summary>Puts the link (to the new build) at the output path in one step; returns where the previous build's
    /// folder is now.</summary>
    static string? Swap(Current current, string link, string stamp)
    {
        if (!current.Plain)
        {
            Rename.Replace(link, current.Output);
            return current.Folder;
        }

        // A plain folder cannot be replaced by a link in one rename; exchanging the two can, where the file system
        // allows it, and leaves the old folder at the link's temporary name.
        if (Rename.TryExchange(link, current.Output)) return link;
        var aside = Unused(Path.Combine(current.Parent, $".{current.Name}.old-{stamp}"));
        Directory.Move(current.Output, aside);
        try
        {
            Rename.Replace(link, current.Output);
        }
        catch
        {
            Directory.Move(aside, current.Output);
            throw;
        }
        return aside;
    }

    /// <summary>Gives the converted plain folder a build folder's name, so it is kept as the previous build and
    /// removed by the next one; an empty one is simply removed.</summary>
    static string? KeepConverted(Current current, string? aside, string stamp, TextWriter log)
    {
        if (aside is null) return null;
        try
        {
            if (current.Folder is null)
            {
                Directory.Delete(aside);
                return null;
            }
            var previous = Unused(Path.Combine(current.Parent, $"{current.Name}.{stamp}-0"));
            Directory.Move(aside, previous);
            return previous;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"Warning: the converted output folder stays in {aside}: {e.Message}");
            return aside;
        }
    }

    /// <summary>Deletes the build folders other than the published and the previous one, and links and spare folders
    /// left by a killed build. Failing to is worth a warning, not a failed build: the new site is published.</summary>
    static void RemoveOlder(Current current, IReadOnlyCollection<string?> keep, TextWriter log)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(current.Parent))
        {
            var name = Path.GetFileName(entry);
            if (keep.Contains(entry)) continue;
            try
            {
                if (name.StartsWith($".{current.Name}.link-", StringComparison.Ordinal) && new FileInfo(entry).LinkTarget is not null)
                    File.Delete(entry);
                else if (name.StartsWith($".{current.Name}.spare-", StringComparison.Ordinal) && new FileInfo(entry).LinkTarget is null && Directory.Exists(entry))
                    Directory.Delete(entry, recursive: true);
                else if (IsBuildFolder(current.Name, name) && new FileInfo(entry).LinkTarget is null
                         && (File.Exists(Path.Combine(entry, Marker)) || !Directory.EnumerateFileSystemEntries(entry).Any()))
                {
                    Directory.Delete(entry, recursive: true);
                    log.WriteLine($"Removed the old build {entry}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.WriteLine($"Warning: could not remove the old build {entry}: {e.Message}");
            }
        }
    }

    /// <summary>Removes what a failed build wrote; says what could not be removed.</summary>
    static string Discard(string folder, string? link)
    {
        try
        {
            if (link is not null && new FileInfo(link).LinkTarget is not null) File.Delete(link);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            return "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $" (the unfinished build {folder} could not be removed: {e.Message})";
        }
    }

    /// <summary>Whether two files hold the same bytes, read a block at a time.</summary>
    static bool SameFiles(string path, string other)
    {
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length != new FileInfo(other).Length) return false;
            using var a = File.OpenRead(path);
            using var b = File.OpenRead(other);
            var x = new byte[81920];
            var y = new byte[81920];
            int read;
            while ((read = a.ReadAtLeast(x, x.Length, throwOnEndOfStream: false)) > 0)
                if (b.ReadAtLeast(y, read, throwOnEndOfStream: false) != read || !x.AsSpan(0, read).SequenceEqual(y.AsSpan(0, read))) return false;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable: written anew
        }
    }

    static bool SameBytes(string path, byte[] bytes)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists && file.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable: written anew
        }
    }

    /// <summary>The path, or with -1, -2… appended when two builds start within the same millisecond.</summary>
    static string Unused(string path)
    {
        var candidate = path;
        for (var n = 1; Path.Exists(candidate) || new FileInfo(candidate).LinkTarget is not null; n++) candidate = $"{path}-{n}";
        return candidate;
    }

    static bool IsBuildFolder(string output, string name) =>
        name.StartsWith(output + ".", StringComparison.Ordinal) && BuildStamp().IsMatch(name.AsSpan(output.Length + 1));

    [GeneratedRegex(@"^\d{8}T\d{9}Z(-\d+)*$")]
    private static partial Regex BuildStamp();
}
