using Sakip.Site.Build;

namespace Sakip.Tests.Site;

/// <summary>The build manifest stores each page's files relative to the page's folder (a rebuild at national scale reads
/// it twice) and reads back every file as the build wrote it, inside the page's folder or not.</summary>
public sealed class BuildManifestTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-manifest-").FullName;

    [Fact]
    public void A_manifest_reads_back_every_file_of_every_page_and_stores_them_relative_to_their_page()
    {
        var pages = new Dictionary<string, List<string>>
        {
            ["/"] = ["index.html", "dokumen.csv"],
            ["/wilayah/62-07/dinsos/indikator/x/"] = ["wilayah/62-07/dinsos/indikator/x/index.html", "wilayah/62-07/dinsos/indikator/x/riwayat.csv", "data/elsewhere.zip"],
            ["/404.html"] = ["404.html"],
        };
        var manifest = BuildManifest.Create("key", "release", [new("agency 62.07/dinsos", new GroupRecord("inputs", pages, null))], ["sitemap.xml"], []);
        File.WriteAllBytes(Path.Combine(_folder, BuildManifest.FileName), manifest.ToBytes());

        var read = BuildManifest.Read(_folder, out var reason);

        Assert.True(read is not null, reason);
        var group = read.Groups["agency 62.07/dinsos"];
        Assert.Equal(pages.Keys.Order(StringComparer.Ordinal), group.Pages.Keys.Order(StringComparer.Ordinal));
        foreach (var (page, files) in pages) Assert.Equal(files, group.Pages[page]);
        var json = File.ReadAllText(Path.Combine(_folder, BuildManifest.FileName));
        Assert.Contains("[\"index.html\",\"riwayat.csv\",\"/data/elsewhere.zip\"]", json);
        Assert.DoesNotContain("indikator/x/riwayat.csv", json);
    }

    [Fact]
    public void A_manifest_whose_files_are_not_a_list_of_names_is_not_used()
    {
        File.WriteAllText(Path.Combine(_folder, BuildManifest.FileName),
            """{"format":6,"key":"key","groups":{"g":{"inputs":"i","pages":{"/":[1]}}},"otherFiles":[],"bulk":{}}""");

        Assert.Null(BuildManifest.Read(_folder, out var reason));
        Assert.Contains("cannot be read", reason);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
