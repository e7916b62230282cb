using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Sakip.Site.Build;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>A build writes its output folder only when the whole build succeeded, and writes only what changed: a
/// failed build (API unreachable, a GraphQL error, a full disk) leaves the previous output byte for byte and date for
/// date (save the linked copy a first build prepares for the next one, removed when the failed build had taken it to
/// update), and a second build of the same data rewrites nothing.</summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class BuildFailureTests(DatabaseFixture database) : IAsyncLifetime
{
    private const string PreviousBaseUrl = "https://sakip-lama.example.id";

    // The output is a link inside this folder, with the build folders beside it: the whole folder is compared.
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sakip-site-previous-");
    private ApiFactory _api = null!;

    private string Output => Path.Combine(_root.FullName, "out");

    public Task InitializeAsync()
    {
        _api = new ApiFactory(database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _root.Delete(recursive: true);
    }

    [Fact]
    public async Task Build_with_the_api_down_fails_naming_the_api_and_leaves_the_previous_output_untouched()
    {
        await BuildPreviousOutputAsync();
        var before = FolderState.Read(_root.FullName);

        // Nothing listens on the discard port, and no handler: a real connection attempt that is refused.
        const string down = "http://127.0.0.1:9/graphql";
        var log = new StringWriter();
        var error = new StringWriter();
        var exit = await SiteCommand.RunAsync(["--api", down, "--out", Output], log, error);

        Assert.True(exit != 0, $"The build with the API down exited 0:\n{log}");
        Assert.Contains($"Cannot reach the API at {down}", error.ToString());
        Assert.Contains("was left as it was", error.ToString());
        FolderState.AssertUnchanged(before, FolderState.Read(_root.FullName));
    }

    [Fact]
    public async Task GraphQL_error_stops_the_build_with_its_message_and_leaves_the_output_untouched()
    {
        var (requests, previous) = await BuildPreviousOutputAsync();
        var before = FolderState.Read(_root.FullName);

        // The last request of the build answers with an error: every page before it has been rendered in memory.
        // (--full: every request made again, the regions' index included, which a build otherwise keeps from the previous one.)
        using var failing = new ScriptedApiHandler(_api.Server.CreateHandler(), failRequest: requests);
        var log = new StringWriter();
        var error = new StringWriter();
        var exit = await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", Output, "--full"], log, error, failing);

        Assert.True(failing.Failed, $"The build made {failing.Requests} requests, fewer than the {requests} of the previous one.");
        Assert.Equal(1, exit);
        Assert.Contains("boom", error.ToString());
        Assert.Contains("Site build failed", error.ToString());
        // The linked copy the previous build prepared is gone when the build had taken it to update before failing.
        var spare = Directory.GetDirectories(_root.FullName).Where(d => Path.GetFileName(d).StartsWith("out.", StringComparison.Ordinal) && d != PublishedFolder()).Select(Path.GetFileName).SingleOrDefault();
        FolderState.AssertUnchanged(spare is null ? FolderState.Without(before, SpareOf(previous)) : before, FolderState.Read(_root.FullName));
    }

    [Fact]
    public async Task Request_past_the_APIs_execution_limit_is_tried_again_and_the_build_completes()
    {
        var (requests, _) = await BuildPreviousOutputAsync();

        // A full build (--full: every request made again) whose second request times out once, as a just-started API
        // under load did on a region's index.
        using var slow = new ScriptedApiHandler(_api.Server.CreateHandler(), failRequest: 2, HttpStatusCode.RequestTimeout);
        var log = new StringWriter();
        var exit = await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", Output, "--full"], log, log, slow);

        Assert.True(exit == 0, log.ToString());
        Assert.True(slow.Failed);
        Assert.Equal(requests + 1, slow.Requests);
        Assert.Contains("1 requests tried again after the API's execution limit", log.ToString());
    }

    [Fact]
    public async Task Build_beside_an_output_it_cannot_write_fails_naming_the_path_and_leaves_everything_as_it_was()
    {
        await BuildPreviousOutputAsync();
        var before = FolderState.Read(_root.FullName);

        var log = new StringWriter();
        var error = new StringWriter();
        int exit;
        using (DiskTrouble.Immutable(_root.FullName))
            exit = await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", Output], log, error, _api.Server.CreateHandler());

        Assert.True(exit == 1, $"The build into an unwritable folder exited {exit}:\n{log}\n{error}");
        Assert.Contains($"Site build failed: Could not write {Output}.", error.ToString());
        Assert.Contains("was left as it was", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString() + log); // a message, not a stack trace
        FolderState.AssertUnchanged(before, FolderState.Read(_root.FullName));
    }

    [Fact]
    public async Task Build_on_a_full_disk_fails_with_the_reason_and_leaves_no_partial_build_behind()
    {
        // A disk with room for the previous build and half another: the new build runs out of space half way.
        var measure = Path.Combine(_root.FullName, "measure", "out");
        Assert.Equal(0, await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", measure], TextWriter.Null, TextWriter.Null, _api.Server.CreateHandler()));
        var pages = Directory.EnumerateFiles(measure, "*", SearchOption.AllDirectories).Sum(f => (new FileInfo(f).Length + 4095) / 4096 * 4096);
        var disk = Directory.CreateDirectory(Path.Combine(_root.FullName, "disk")).FullName;
        using var small = DiskTrouble.SmallDisk(disk, pages * 3 / 2);
        var output = Path.Combine(disk, "out");
        var previous = new StringWriter();
        Assert.True(0 == await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", output, "--base-url", PreviousBaseUrl], previous, previous, _api.Server.CreateHandler()),
            $"The previous build did not fit a disk of {pages * 3 / 2} bytes:\n{previous}");
        var before = FolderState.Read(disk);

        var log = new StringWriter();
        var error = new StringWriter();
        var exit = await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", output], log, error, _api.Server.CreateHandler());

        Assert.True(exit == 1, $"The build on a full disk exited {exit}:\n{log}\n{error}");
        Assert.Contains($"Site build failed: Could not write {output}.", error.ToString());
        Assert.Contains("No space left on device", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString() + log);
        // The linked copy the previous build prepared was taken to be updated and, the build failed, removed; the
        // published build and everything else are as they were.
        var spare = SpareOf(previous.ToString());
        Assert.Contains($"updating the older build {Path.Combine(disk, "out.")}", log.ToString());
        Assert.False(Directory.Exists(Path.Combine(disk, spare)));
        FolderState.AssertUnchanged(FolderState.Without(before, spare), FolderState.Read(disk));
    }

    [Fact]
    public async Task Second_build_against_the_same_api_rewrites_nothing()
    {
        var first = new StringWriter();
        Assert.Equal(0, await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", Output], first, first, _api.Server.CreateHandler()));
        var written = Summary(first.ToString());
        Assert.True(written.Written > 0 && written.Unchanged == 0, $"The first build into an empty folder did not write every file: {first}");
        var before = FolderState.Read(_root.FullName);

        var second = new StringWriter();
        Assert.Equal(0, await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", Output], second, second, _api.Server.CreateHandler()));
        var again = Summary(second.ToString());

        Assert.Contains(" 0 written, ", second.ToString());
        Assert.Equal((0, written.Written, 0), (again.Written, again.Unchanged, again.Deleted));
        FolderState.AssertUnchanged(before, FolderState.Read(_root.FullName));
    }

    /// <summary>The name of the linked copy a first build prepared for the next build to update, from its log.</summary>
    private static string SpareOf(string log)
    {
        var match = Regex.Match(log, @"Prepared (\S+) for the next build to update");
        Assert.True(match.Success, $"The first build prepared no copy:\n{log}");
        return Path.GetFileName(match.Groups[1].Value);
    }

    /// <summary>The folder the output link points to.</summary>
    private string PublishedFolder() => Path.Combine(_root.FullName, new FileInfo(Output).LinkTarget!);

    /// <summary>A successful build into the test's fresh folder, at another base URL than the failing builds use, so
    /// any file a failed build managed to write would differ; returns the number of API requests it made and its log.</summary>
    private async Task<(int Requests, string Log)> BuildPreviousOutputAsync()
    {
        using var counting = new ScriptedApiHandler(_api.Server.CreateHandler(), failRequest: 0);
        var log = new StringWriter();
        var exit = await SiteCommand.RunAsync(
            ["--api", "http://localhost/graphql", "--out", Output, "--base-url", PreviousBaseUrl], log, log, counting);
        Assert.True(exit == 0, log.ToString());
        Assert.True(File.Exists(Path.Combine(Output, "index.html")), $"The previous build wrote no home page:\n{log}");
        return (counting.Requests, log.ToString());
    }

    private static (int Written, int Unchanged, int Deleted) Summary(string log)
    {
        var match = SummaryLine().Match(log);
        Assert.True(match.Success, $"No build summary line in:\n{log}");
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value));
    }

    [GeneratedRegex(@"(\d+) written, (\d+) unchanged, (\d+) deleted")]
    private static partial Regex SummaryLine();
}

/// <summary>Passes requests to the API, counting them, and answers request number <c>failRequest</c> (1-based; 0 for
/// none) itself with a GraphQL error "boom", with the HTTP status <c>status</c> (200 by default; 408 is how the API
/// answers a request past its execution limit).</summary>
public sealed class ScriptedApiHandler(HttpMessageHandler api, int failRequest, HttpStatusCode status = HttpStatusCode.OK) : DelegatingHandler(api)
{
    private int _requests;

    public int Requests => _requests;
    public bool Failed { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (Interlocked.Increment(ref _requests) != failRequest) return base.SendAsync(request, ct);
        Failed = true;
        return Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent("""{"errors":[{"message":"boom"}]}""", Encoding.UTF8, "application/json"),
        });
    }
}

/// <summary>Every file's SHA-256 and last write time, every folder's last write time and every link's target, to show
/// a folder was not touched. Links are recorded, not followed, so the output link and the build folders beside it are
/// each listed once. The folder's own date is left out: a failed build may have created and removed its unfinished
/// build folder in it, which dates the folder but leaves nothing behind.</summary>
public static class FolderState
{
    public static SortedDictionary<string, string> Read(string folder)
    {
        var state = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["./"] = "folder" };
        Walk(folder, new DirectoryInfo(folder), state);
        return state;
    }

    private static void Walk(string root, DirectoryInfo folder, SortedDictionary<string, string> state)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var relative = Path.GetRelativePath(root, entry.FullName);
            if (entry.LinkTarget is { } target)
            {
                state[relative] = $"link to {target}";
            }
            else if (entry is DirectoryInfo directory)
            {
                state[relative + "/"] = $"folder, written {directory.LastWriteTimeUtc:O}";
                Walk(root, directory, state);
            }
            else
            {
                state[relative] = $"sha256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(entry.FullName)))}, written {entry.LastWriteTimeUtc:O}";
            }
        }
    }

    /// <summary>The state without the entries of one folder (and the folder).</summary>
    public static SortedDictionary<string, string> Without(SortedDictionary<string, string> state, string folder)
    {
        Assert.False(string.IsNullOrEmpty(folder));
        return new(state.Where(e => !e.Key.StartsWith(folder + "/", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);
    }

    public static void AssertUnchanged(SortedDictionary<string, string> before, SortedDictionary<string, string> after)
    {
        Assert.True(before.Count > 1, "The folder was empty before: nothing to compare.");
        var changes = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"{k}: {before.GetValueOrDefault(k) ?? "absent"} → {after.GetValueOrDefault(k) ?? "absent"}")
            .ToList();
        Assert.True(changes.Count == 0, $"{changes.Count} entries of the output folder changed:\n" + string.Join("\n", changes.Take(50)));
    }

    /// <summary>Both folders hold the same files with the same bytes.</summary>
    public static void AssertSameFiles(string expected, string actual)
    {
        static Dictionary<string, byte[]> Read(string folder)
        {
            var root = Path.GetFullPath(new FileInfo(folder).LinkTarget is { } t ? Path.Combine(Path.GetDirectoryName(folder)!, t) : folder);
            return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);
        }
        var a = Read(expected);
        var b = Read(actual);
        Assert.True(a.Count > 100, $"Only {a.Count} files were built in {expected}.");
        var differences = a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Where(k => !a.TryGetValue(k, out var x) || !b.TryGetValue(k, out var y) || !x.AsSpan().SequenceEqual(y)).ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} files differ: {string.Join(", ", differences.Take(20))}");
    }
}
