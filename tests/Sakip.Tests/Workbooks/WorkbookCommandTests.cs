using ClosedXML.Excel;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Workbooks;

/// <summary>The export and template verbs, run as a data officer runs them: no database is needed (none is reachable here).</summary>
public sealed class WorkbookCommandTests : IDisposable
{
    private readonly WorkbookFiles _files = new();

    // A database that cannot be reached: the verbs must not try.
    private static Task<(int ExitCode, string Output, string Error)> RunApiAsync(params string[] args) =>
        ApiProcess.RunAsync(ApiProcess.Unreachable, TestSeed.Folder, args);

    [Fact]
    public async Task Export_by_key_and_template_by_kind_write_workbooks_without_a_database()
    {
        var exported = Path.Combine(_files.Root, "rak.xlsx");
        var (exit, output, error) = await RunApiAsync("export", TestSeed.Rak, exported);
        Assert.True(exit == 0, error);
        Assert.Contains($"Exported {TestSeed.Rak} to {exported}.", output);
        using (var workbook = new XLWorkbook(exported))
        {
            Assert.Contains(workbook.Worksheets, s => s.Name == "T1.3");
        }

        var template = Path.Combine(_files.Root, "lkjip.xlsx");
        (exit, output, error) = await RunApiAsync("template", "LKJIP", template);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(template));
    }

    [Fact]
    public async Task A_wrong_document_or_kind_is_named_with_a_suggestion_and_exit_2()
    {
        var (exit, _, error) = await RunApiAsync("export", "seruyan-rak-2062", Path.Combine(_files.Root, "x.xlsx"));
        Assert.Equal(2, exit);
        Assert.Contains("'seruyan-rak-2062' is neither a document folder nor a document of the seed folder", error);
        Assert.Contains("did you mean 'seruyan-rak-2026'?", error);

        (exit, _, error) = await RunApiAsync("template", "LKIP", Path.Combine(_files.Root, "x.xlsx"));
        Assert.Equal(2, exit);
        Assert.Contains("'LKIP' is not a document kind: one of RAK, LKJIP, PK, RENSTRA; did you mean 'LKJIP'?", error);

        (exit, _, error) = await RunApiAsync("export", TestSeed.Rak);
        Assert.Equal(2, exit);
        Assert.Contains("Usage: export <document key or folder> <out.xlsx>", error);
        Assert.DoesNotContain("   at ", error);
    }

    public void Dispose() => _files.Dispose();
}
