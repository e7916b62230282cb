using Sakip.Site.Pages.DocumentQuality;
using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Statistics;

// The answers to StatisticsPage.graphql and StatisticsAgencyAid.graphql: a region's PPKS, PSKS and social-aid figures of one year, each with its source row.

public sealed record StatisticsResponse(StatisticsRegion? Region);

public sealed record StatisticsRegion(
    string Code, string Name, string Province, List<int> StatisticsYears,
    List<PpksRow> Ppks, PpksSummaryData PpksSummary, List<PsksRow> Psks, List<AidAgency> Agencies);

public sealed record PpksRow(PpksCategoryData Category, string? Bidang, StatFigure? Terdata, StatFigure? Tertangani, StatFigure? Mandiri, ComputedPercent Coverage);

public sealed record PpksCategoryData(string Key, string Name, string? GroupNo, string? GroupName)
{
    public string? Group => GroupNo is null && GroupName is null ? null : $"{GroupNo}. {GroupName}".Trim(' ', '.');
}

public sealed record PpksSummaryData(decimal? Terdata, decimal? Tertangani, decimal? Mandiri, int Categories, ComputedPercent Coverage, List<StatedTotalData> StatedTotals)
{
    public decimal? Sum(string column) => column switch { "terdata" => Terdata, "tertangani" => Tertangani, "mandiri" => Mandiri, _ => null };
}

public sealed record StatedTotalData(string Column, string State, decimal? Value, string? Published, string? Reason, StatSource Source)
{
    public StatFigure Figure => new(State, Value, Published, Reason, Source);
}

public sealed record PsksRow(string Type, string? DataSource, string? Remarks, StatFigure Count, StatFigure Certified);

public sealed record AidAgency(string Key, string Name, List<AidRowData> AidDistribution);

public sealed record AidRowData(
    string Stage, string? Kecamatan, string? Label,
    StatFigure? Recipients, StatFigure? Delivered, StatFigure? DeliveredPercent,
    StatFigure? Undelivered, StatFigure? UndeliveredPercent, StatFigure? Amount, ComputedPercent DeliveredShare)
{
    /// <summary>The printed row the figures were transcribed from.</summary>
    public StatSource? Source => (Recipients ?? Delivered ?? Undelivered ?? Amount ?? DeliveredPercent ?? UndeliveredPercent)?.Source;
}

/// <summary>A published statistics figure: as printed, as a number, and the document row it was transcribed from.</summary>
public sealed record StatFigure(string State, decimal? Value, string? Published, string? Reason, StatSource Source)
{
    public bool Reported => State == "REPORTED";

    /// <summary>The figure as printed (extraction padding collapsed), or why there is none.</summary>
    public string Shown => Reported && Published is { } printed
        ? string.Join(' ', printed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        : Labels.Absent(State, Reason, Published);
}

/// <summary>A source row with the document its table is in, so that a page can name and link the documents it draws on.</summary>
public sealed record StatSource(int LineFrom, int LineTo, StatTable Table)
{
    public SourceRef Ref => new(LineFrom, LineTo, new TableRef(Table.Key, Table.Number, Table.Caption, Table.Page, new DocumentRef(Table.Document.Key)));
    public override string ToString() => Ref.ToString();
}

public sealed record StatTable(string Key, string? Number, string Caption, string? Page, StatDocument Document);

/// <param name="Id">The document's global id, for asking for its findings (StatisticsFindings.graphql).</param>
public sealed record StatDocument(string Key, string Kind, int Year, string? Id = null)
{
    public string Short => $"{Labels.DocumentShort(Kind)} {Year}";
}

/// <summary>A document of the StatisticsFindings answer: its whole list of findings, numbered as its data-quality page numbers them.</summary>
public sealed record StatFindingsDocument(string Key, string Kind, int Year, List<FindingData> Findings) : IFindingsDocument;

public sealed record StatFindingsResponse(List<StatFindingsDocument?> Nodes);
