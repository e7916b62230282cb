using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.DocumentQuality;

// A document of the AgencyPages answer (documentPages): its tables and its reconciliation findings.

public sealed record DocumentData(
    string Key, string Kind, int Year, string Title, string SourceFile, DateOnly? PublishedOn, string? PublishedPlace,
    string? OriginalTitle, string? Publisher, string? OriginalUrl, string? OriginalSha256, int? SignatoryLine, SignatoryData? Signatory, AgencyData Agency, List<TableData> Tables, List<FindingData> Findings) : IFindingsDocument;

public sealed record SignatoryData(string Position, string? Echelon, string? Name, string? Rank, string? Nip);

public sealed record AgencyData(string Key, string Name, RegionData Region);

public sealed record RegionData(string Code, string Name, string Province);

public sealed record TableData(string Key, string Kind, string? Number, string? Page, string Caption, int LineFrom, int LineTo, int Year, string SeedFile)
{
    /// <summary>How the pages cite this table: "Tabel 3.2, hlm. 27".</summary>
    public string Citation => Labels.Source(Number, Caption, Page);
}

public sealed record FindingData(
    string Kind, string Subject,
    decimal? StatedValue, string StatedText, string StatedSource, FindingRow? StatedRow,
    decimal? ComparedValue, string ComparedText, string ComparedSource, FindingRow? ComparedRow,
    decimal? Difference);

/// <summary>The document row of a finding's figure.</summary>
public sealed record FindingRow(string? Label, int LineFrom, int LineTo, TableRef Table)
{
    public SourceRef Ref => new(LineFrom, LineTo, Table);
    public override string ToString() => Ref + (Label is { Length: > 0 } l ? $", nomor baris tabel “{l}”" : "");
}
