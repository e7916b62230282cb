using Sakip.Api.Seeding;

namespace Sakip.Tests.Seeding;

public sealed class CsvRecordsTests
{
    [Fact]
    public void Keeps_the_line_each_record_starts_on_across_comments_and_multiline_fields()
    {
        var text = "line,text\n# a comment\n10,\"two\nlines\"\n\n11,\"a \"\"quoted\"\", word\"\n";
        var errors = new List<SeedError>();
        var records = CsvRecords.Parse(text, "t.csv", errors);
        Assert.Empty(errors);
        Assert.Equal([1, 3, 6], records.Select(r => r.Line));
        Assert.Equal("two\nlines", records[1].Fields[1]);
        Assert.Equal("a \"quoted\", word", records[2].Fields[1]);
    }

    [Fact]
    public void Reports_an_unclosed_quote_at_the_line_it_opens()
    {
        var errors = new List<SeedError>();
        CsvRecords.Parse("line,text\n5,\"never closed\n6,x\n", "t.csv", errors);
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("never closed", error.Message);
    }
}
