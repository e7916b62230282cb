using System.Text.RegularExpressions;
using Sakip.Site.Build;
using Sakip.Site.Publishing;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Site;

/// <summary>A build is published as a whole: the output path is a link, renamed atomically to a new build folder
/// beside it, so readers see the old site or the new one, never a mix. Unchanged files keep their dates, the previous
/// build is kept and older ones removed, a plain folder of an older generator is converted, and the API's Site:Root
/// serves the new site through the link.</summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class PublicationTests(DatabaseFixture database) : IAsyncLifetime
{
    private const string OtherBaseUrl = "https://sakip-lain.example.id";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sakip-site-publish-");
    private ApiFactory _api = null!;

    private string Output => Path.Combine(_root.FullName, "out");

    public Task InitializeAsync()
    {
        // The API serves the output as run.sh has it serve site/out, and answers the builds' queries.
        _api = new ApiFactory(database, new() { ["Site:Root"] = Output });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _root.Delete(recursive: true);
    }

    [Fact]
    public async Task Each_build_publishes_a_new_folder_with_unchanged_files_keeping_their_dates_and_keeps_only_the_previous_build()
    {
        var first = await BuildAsync(OtherBaseUrl);
        var firstFolder = PublishedFolder();
        var firstState = FolderState.Read(firstFolder);

        var second = await BuildAsync("http://127.0.0.1:5080");
        var secondFolder = PublishedFolder();
        Assert.NotEqual(firstFolder, secondFolder);
        Assert.Contains($"the previous build stays in {firstFolder}", second);
        Assert.Contains("; updating the older build ", second);
        FolderState.AssertUnchanged(firstState, FolderState.Read(firstFolder));

        var files = Directory.EnumerateFiles(secondFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(secondFolder, f)).ToList();
        var same = files.Where(f => File.ReadAllBytes(Path.Combine(firstFolder, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(secondFolder, f)))).ToList();
        Assert.Contains("assets/site.css", same);
        Assert.Contains("index.html", files.Except(same));
        var redated = same.Where(f => File.GetLastWriteTimeUtc(Path.Combine(firstFolder, f)) != File.GetLastWriteTimeUtc(Path.Combine(secondFolder, f))).ToList();
        Assert.True(redated.Count == 0, $"{redated.Count} unchanged files got a new date: {string.Join(", ", redated.Take(10))}");
        Assert.Equal((files.Count - same.Count, same.Count, 0), Summary(second));
        Assert.Equal(0, Summary(first).Unchanged);

        await BuildAsync(OtherBaseUrl);
        var thirdFolder = PublishedFolder();
        var entries = Directory.EnumerateFileSystemEntries(_root.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "out", Path.GetFileName(secondFolder), Path.GetFileName(thirdFolder) }.Order(StringComparer.Ordinal), entries);
    }

    [Fact]
    public async Task The_first_build_prepares_a_linked_copy_which_the_next_build_updates_instead_of_linking_every_file()
    {
        var first = await BuildAsync(OtherBaseUrl);
        var published = PublishedFolder();
        var spare = Regex.Match(first, @"Prepared (\S+) for the next build to update \(([\d,]+) files linked").Groups;
        Assert.True(spare[1].Success, first);
        var files = Directory.EnumerateFiles(published, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(published, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(spare[1].Value, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(spare[1].Value, f)).Order(StringComparer.Ordinal));
        Assert.Equal(files.Count, int.Parse(spare[2].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        // Links, not copies: every published file has exactly two names.
        Assert.Equal(files.Count, FilesWithTwoNames(published));

        // What a build killed while linking its copy leaves: removed by the next build, never taken for a build.
        var interrupted = Directory.CreateDirectory(Path.Combine(_root.FullName, ".out.spare-20261201T000000000Z", "wilayah")).Parent!.FullName;

        var second = await BuildAsync("http://127.0.0.1:5080");
        Assert.Contains($"; updating the older build {PublishedFolder()}", second);
        Assert.False(Directory.Exists(interrupted), second);
        Assert.Contains($"the previous build stays in {published}", second);
        Assert.DoesNotContain("Prepared ", second);
        var entries = Directory.EnumerateFileSystemEntries(_root.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "out", Path.GetFileName(published), Path.GetFileName(PublishedFolder()) }.Order(StringComparer.Ordinal), entries);
        // The updated copy is the new build file for file, and the first build kept its bytes.
        var again = new StringWriter();
        Assert.Equal(0, await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", Path.Combine(_root.FullName, "fresh", "out"), "--base-url", "http://127.0.0.1:5080"], again, again, _api.Server.CreateHandler()));
        FolderState.AssertSameFiles(Path.Combine(_root.FullName, "fresh", "out"), Output);
    }

    [Fact]
    public async Task A_plain_output_folder_of_an_older_build_is_replaced_whole_even_with_an_unwritable_subfolder()
    {
        // What an older generator left: a plain folder with the marker, here with a subfolder nothing can write.
        await BuildAsync(OtherBaseUrl);
        var built = PublishedFolder();
        File.Delete(Output);
        Directory.Move(built, Output);
        Assert.True(File.Exists(Path.Combine(Output, OutputFolder.Marker)));
        var before = FolderState.Read(Output);

        var wilayah = Path.Combine(Output, "wilayah");
        DiskTrouble.SetImmutable(wilayah, true);
        try
        {
            var log = await BuildAsync("http://127.0.0.1:5080");
            var published = PublishedFolder();
            var previous = Regex.Match(log, @"the previous build stays in (\S+)").Groups[1].Value;
            Assert.Matches(@"/out\.\d{8}T\d{9}Z-0$", previous);
            wilayah = Path.Combine(previous, "wilayah");
            FolderState.AssertUnchanged(before, FolderState.Read(previous));

            // Every page is the new build's: none still carries the old base URL.
            var pages = Directory.EnumerateFiles(published, "*.html", SearchOption.AllDirectories).ToList();
            var old = pages.Where(p => File.ReadAllText(p).Contains(OtherBaseUrl, StringComparison.Ordinal)).ToList();
            Assert.True(pages.Count > 100 && old.Count == 0, $"{old.Count} of {pages.Count} pages are still the old build's: {string.Join(", ", old.Take(5))}");
        }
        finally
        {
            DiskTrouble.SetImmutable(wilayah, false);
        }
    }

    [Fact]
    public async Task The_api_serves_each_published_build_through_the_link()
    {
        using var http = _api.CreateClient();
        await BuildAsync(OtherBaseUrl);
        Assert.Contains($"<link rel=\"canonical\" href=\"{OtherBaseUrl}/metode/\" />", await http.GetStringAsync("/metode/"));

        await BuildAsync("http://127.0.0.1:5080");
        Assert.Contains("<link rel=\"canonical\" href=\"http://127.0.0.1:5080/\" />", await http.GetStringAsync("/"));
        Assert.Contains("<link rel=\"canonical\" href=\"http://127.0.0.1:5080/metode/\" />", await http.GetStringAsync("/metode/"));
    }

    private async Task<string> BuildAsync(string baseUrl)
    {
        var log = new StringWriter();
        var exit = await SiteCommand.RunAsync(["--api", "http://localhost/graphql", "--out", Output, "--base-url", baseUrl], log, log, _api.Server.CreateHandler());
        Assert.True(exit == 0, log.ToString());
        return log.ToString();
    }

    /// <summary>How many files in the folder have a link count of 2 (find(1): .NET does not read it).</summary>
    private static int FilesWithTwoNames(string folder)
    {
        using var find = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("find", [folder, "-type", "f", "-links", "2"]) { RedirectStandardOutput = true })!;
        var output = find.StandardOutput.ReadToEnd();
        find.WaitForExit();
        Assert.Equal(0, find.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>The folder the output link points to; fails when the output is not such a link.</summary>
    private string PublishedFolder()
    {
        var target = new FileInfo(Output).LinkTarget;
        Assert.True(target is not null, $"{Output} is not a link.");
        Assert.Matches(@"^out\.\d{8}T\d{9}Z(-\d+)?$", target);
        return Path.Combine(_root.FullName, target);
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
