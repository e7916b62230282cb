using Sakip.Site.Build;

namespace Sakip.Tests.Site;

/// <summary>The generator's command line: bad arguments and a foreign output folder are refused before any request.</summary>
public sealed class SiteCommandTests
{
    [Theory]
    [InlineData("--api", "ftp://example/graphql", "--api 'ftp://example/graphql' is not an http(s) URL.")]
    [InlineData("--out", null, "--out needs a value.")]
    [InlineData("--outt", "x", "Unknown argument '--outt'.")]
    public async Task Bad_arguments_exit_2_with_the_reason_and_the_usage(string name, string? value, string message)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = value is null ? [name] : [name, value];
        Assert.Equal(2, await SiteCommand.RunAsync(args, output, error));
        Assert.StartsWith(message, error.ToString());
        Assert.Contains("Usage: dotnet run --project site", error.ToString());
    }

    [Fact]
    public async Task A_folder_the_generator_did_not_write_is_refused_and_left_alone()
    {
        var folder = Directory.CreateTempSubdirectory("sakip-foreign-");
        try
        {
            var mine = Path.Combine(folder.FullName, "skripsi.docx");
            await File.WriteAllTextAsync(mine, "bab 1");
            var error = new StringWriter();
            // Nothing listens on the discard port: the folder check must come before any request.
            var exit = await SiteCommand.RunAsync(["--api", "http://127.0.0.1:9/graphql", "--out", folder.FullName], new StringWriter(), error);
            Assert.Equal(1, exit);
            Assert.Contains("was not written by this generator", error.ToString());
            Assert.Equal("bab 1", await File.ReadAllTextAsync(mine));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
