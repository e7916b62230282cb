using System.Diagnostics;
using Xunit.Abstractions;
using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Seeding;

/// <summary>
/// The suite loads the documents it names, not what an installation's seed/ holds: with a third document added beside
/// the two (a copy of the LKjIP for another region, which would double the findings and add a region if it were
/// loaded), the tests that assert the seed's headline figures pass unchanged. They run in a child test process pointed
/// at that folder (<c>SAKIP_TEST_SEED_SOURCE</c>).
/// </summary>
public sealed class SeedIndependenceTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-independence-").FullName;

    /// <summary>The classes whose assertions are figures of the two documents: counts, findings, regions, answers.</summary>
    private static readonly string[] FigureTests =
        ["SeedCompletenessTests", "KnownDisagreementTests", "SeedFiguresTests", "AnalystQueryTests"];

    [Fact]
    public void The_run_seed_folder_holds_only_the_named_documents()
    {
        Assert.Equal(TestSeed.Documents, Directory.GetDirectories(TestSeed.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_extra_document_in_the_installation_seed_changes_no_test()
    {
        var installation = Path.Combine(_root, "seed");
        TestSeed.CopyTo(installation);
        Write(installation, [new SeedCopy(Lkjip, "extra-lkjip-2022", "11.09", "dinsos")]);

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("test");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sakip.Tests.dll"));
        info.ArgumentList.Add("--filter");
        info.ArgumentList.Add(string.Join("|", FigureTests.Select(t => $"FullyQualifiedName~.{t}.")));
        info.Environment["SAKIP_TEST_SEED_SOURCE"] = installation;
        // A cluster of its own: this run's cluster stops when this run's database tests end, whatever the child is doing.
        info.Environment["SAKIP_TEST_DATA_DIRECTORY"] = Path.Combine(_root, "postgres");
        // The cluster runs as the postgres user, which must reach its folder in this temporary one (created 0700).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        using var child = Process.Start(info)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        output.WriteLine(await stdout);
        output.WriteLine(await stderr);

        Assert.Equal(0, child.ExitCode);
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+[1-9][0-9]+", await stdout);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
