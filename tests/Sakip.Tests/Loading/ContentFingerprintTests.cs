using Sakip.Api.Seeding;

namespace Sakip.Tests.Loading;

/// <summary>A document's content hash follows what its folder says, not how its files are written.</summary>
public sealed class ContentFingerprintTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-fingerprint-").FullName;

    private string HashWith(string yaml, string csv)
    {
        File.WriteAllText(Path.Combine(_folder, "document.yaml"), yaml);
        File.WriteAllText(Path.Combine(_folder, "T1.csv"), csv);
        return ContentFingerprint.Of(_folder);
    }

    private const string Yaml = "key: contoh\nregion:\n  code: \"99.01\"\n";
    private const string Csv = "line,row,target\n12,1,100%\n13,2,\"Rp. 1.800.000\"\n";

    [Fact]
    public void Comments_quoting_and_layout_do_not_change_it()
    {
        var original = HashWith(Yaml, Csv);
        Assert.Equal(original, HashWith("# a comment\nkey: contoh\nregion:\n    code: '99.01'   # quoted otherwise\n", Csv));
        Assert.Equal(original, HashWith(Yaml, "line,row,target\n12,1,\"100%\"\n13,2,Rp. 1.800.000\n"));
        Assert.Equal(original, HashWith(Yaml, "line,row,target\n12,1,100%\r\n13,2,\"Rp. 1.800.000\"\r\n"));
    }

    [Fact]
    public void A_changed_value_a_moved_row_or_another_file_changes_it()
    {
        var original = HashWith(Yaml, Csv);
        Assert.NotEqual(original, HashWith(Yaml.Replace("99.01", "99.02"), Csv));
        Assert.NotEqual(original, HashWith(Yaml, Csv.Replace("100%", "100 %")));
        Assert.NotEqual(original, HashWith(Yaml, "line,row,target\n# the loader stores each row's line in its CSV\n12,1,100%\n13,2,\"Rp. 1.800.000\"\n"));
        HashWith(Yaml, Csv);
        File.WriteAllText(Path.Combine(_folder, "sumber.txt"), "teks");
        Assert.NotEqual(original, ContentFingerprint.Of(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
