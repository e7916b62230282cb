namespace Sakip.Site.Rendering;

/// <summary>Where a document was published originally, as its document.yaml records it; null where it is not known.</summary>
public sealed record OriginalPublication(string? Title, string? Publisher, string? Url, string? Sha256);

/// <summary>A document a page's figures come from, with its original publication: what the "Dokumen sumber" block of
/// the RAK, LKjIP and statistics pages names and links.</summary>
public sealed record SourceDocument(string Key, string Kind, int Year, string Title, OriginalPublication Original);
