using Sakip.Api.Data;
using Sakip.Api.Organisation;

namespace Sakip.Api.Documents;

public enum DocumentKind
{
    /// <summary>Rencana Aksi Kinerja: the year's plan with period targets and budget.</summary>
    Rak,
    /// <summary>Laporan Kinerja Instansi Pemerintah: the year-end performance report.</summary>
    Lkjip,
    /// <summary>Perjanjian Kinerja: the signed performance agreement.</summary>
    Pk,
    /// <summary>Rencana Strategis: the agency's five-year plan.</summary>
    Renstra,
}

/// <summary>A published document of an agency, as transcribed in seed/.</summary>
public sealed class Document : RegionScoped
{
    public long AgencyId { get; set; }
    /// <summary>Seed key, e.g. "seruyan-rak-2026".</summary>
    public required string Key { get; set; }
    public DocumentKind Kind { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    /// <summary>The text file the transcription was made from.</summary>
    public required string SourceFile { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? PublishedPlace { get; set; }
    /// <summary>The original publication's title as printed on its cover, where known.</summary>
    public string? OriginalTitle { get; set; }
    /// <summary>Who published the original (penerbit), where known.</summary>
    public string? Publisher { get; set; }
    /// <summary>Where the original file is published, where known.</summary>
    public string? OriginalUrl { get; set; }
    /// <summary>SHA-256 of the original file (the PDF), where known.</summary>
    public string? OriginalSha256 { get; set; }
    public long? SignatoryId { get; set; }
    public int? SignatoryLine { get; set; }
    /// <summary>SHA-256 of the seed folder's files when it was loaded: what an incremental load compares.</summary>
    public string ContentHash { get; set; } = "";
    /// <summary>The folder's file names, sizes and times when it was loaded: an unchanged stamp skips hashing the folder.</summary>
    public string SeedStamp { get; set; } = "";
    /// <summary>Source rows the document's tables hold.</summary>
    public int Rows { get; set; }
    /// <summary>Comparisons the reconciliation made on this document's figures.</summary>
    public int Checks { get; set; }

    public Agency? Agency { get; set; }
    public Official? Signatory { get; set; }
}
