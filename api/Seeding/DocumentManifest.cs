using Sakip.Core.Capaian;

namespace Sakip.Api.Seeding;

/// <summary>document.yaml: a document, its region, agency and signatory, and its tables in load order.</summary>
public sealed class DocumentManifest
{
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public string SourceFile { get; set; } = "";
    /// <summary>ISO date (yyyy-MM-dd).</summary>
    public string? PublishedOn { get; set; }
    public string? PublishedPlace { get; set; }
    public RegionManifest Region { get; set; } = new();
    public AgencyManifest Agency { get; set; } = new();
    public SignatoryManifest? Signatory { get; set; }
    /// <summary>The original publication, where known; every field optional (unknown when absent).</summary>
    public OriginalManifest? Original { get; set; }
    public List<TableManifest> Tables { get; set; } = [];
}

/// <summary>
/// original: in document.yaml: the publication the transcription was made from, as far as it is known. Only what the
/// document or its publisher states goes here; an unknown field is left out, never guessed.
/// </summary>
public sealed class OriginalManifest
{
    /// <summary>The title as printed on the original's cover.</summary>
    public string? Title { get; set; }
    /// <summary>Who published it (penerbit), as printed.</summary>
    public string? Publisher { get; set; }
    /// <summary>Where the original file is published (an http or https address).</summary>
    public string? Url { get; set; }
    /// <summary>SHA-256 of the original file (the PDF), 64 hexadecimal digits.</summary>
    public string? Sha256 { get; set; }
}

public sealed class RegionManifest
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Province { get; set; } = "";
    /// <summary>The region's capaian category scale; Permendagri 86/2017 when absent.</summary>
    public CapaianScaleManifest? CapaianScale { get; set; }
    /// <summary>The region's capaian cap (batas capaian), e.g. 100: a higher capaian is reported as the cap. None when absent.</summary>
    public decimal? CapaianCap { get; set; }
}

/// <summary>
/// region.capaian_scale: the region's category scale, as <c>classes</c> (any number, highest first, each with its label and
/// <c>from</c> or <c>above</c>; the last has no bound) or as the four thresholds of the five Permendagri bands.
/// </summary>
public sealed class CapaianScaleManifest
{
    public string Name { get; set; } = "";
    public string Source { get; set; } = "";
    public List<CapaianClassManifest> Classes { get; set; } = [];
    public decimal? SangatTinggiFrom { get; set; }
    public decimal? TinggiFrom { get; set; }
    public decimal? SedangFrom { get; set; }
    public decimal? RendahFrom { get; set; }

    public bool HasBands => SangatTinggiFrom is not null || TinggiFrom is not null || SedangFrom is not null || RendahFrom is not null;

    public CapaianScale ToScale(decimal? cap) => (Classes.Count > 0
        ? new CapaianScale(Name, Source, Classes.Select(c => new CapaianClass(c.Label.Trim(), c.Above ?? c.From, c.Above is not null)).ToList())
        : CapaianScale.FiveBands(Name, Source, SangatTinggiFrom ?? 0, TinggiFrom ?? 0, SedangFrom ?? 0, RendahFrom ?? 0)) with { Cap = cap };
}

/// <summary>One class of region.capaian_scale.classes: its label (kriteria) and lower bound, inclusive (from) or exclusive (above).</summary>
public sealed class CapaianClassManifest
{
    public string Label { get; set; } = "";
    public decimal? From { get; set; }
    public decimal? Above { get; set; }
}

public sealed class AgencyManifest
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
}

public sealed class SignatoryManifest
{
    public string? Name { get; set; }
    public string? Position { get; set; }
    public string? Rank { get; set; }
    public string? Nip { get; set; }
    public int? Line { get; set; }
}

public sealed class TableManifest
{
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Number { get; set; }
    public string Caption { get; set; } = "";
    public string Lines { get; set; } = "";
    /// <summary>The page the table starts on as printed (27, or iv in the front matter), where the document says it.</summary>
    public string? Page { get; set; }
    public int? Year { get; set; }
    /// <summary>What a printed "-" means in this table, when the document says it is not zero.</summary>
    public DashManifest? Dash { get; set; }
}

/// <summary>
/// dash: in a table of document.yaml. The documents print "-" for none, stored as zero; where the document says a "-"
/// means the figure was not recorded, it is stored as not recorded (tidak dicatat) instead, with the reason.
/// </summary>
public sealed class DashManifest
{
    public const string Zero = "zero";
    public const string NotRecorded = "not-recorded";

    /// <summary>zero (the default) or not-recorded.</summary>
    public string Means { get; set; } = Zero;
    /// <summary>The columns it applies to; every figure column of the table when empty.</summary>
    public List<string> Columns { get; set; } = [];
    /// <summary>Where and how the document says so, e.g. "L4534-4539: hanya sekitar 8 jenis PMKS yang terdata".</summary>
    public string Reason { get; set; } = "";
}
