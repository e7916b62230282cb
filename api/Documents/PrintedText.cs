using Sakip.Api.Seeding;

namespace Sakip.Api.Documents;

/// <summary>
/// Text as a document prints it, for the API: an empty printed cell (the seed writes it "~") is null, never the
/// transcriber's marker, wherever a printed text is given; the figure's <c>state</c> says it is not reported.
/// </summary>
public static class PrintedText
{
    public static string? Of(string? text) => text is null || text.Length == 0 || text == FigureParser.EmptyCell ? null : text;
}
