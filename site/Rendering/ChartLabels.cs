namespace Sakip.Site.Rendering;

/// <summary>Chart labels wrapped into lines at word boundaries instead of cut: the words that tell two indicators
/// apart are often their last ("... yang mendapat bantuan" against "... yang menjadi mandiri").</summary>
public static class ChartLabels
{
    /// <summary>The most characters of a label line. At the 12 px tick font that is about 160 px, under half of the
    /// narrowest chart (a 375 px phone), which Chart.js leaves to a category axis; site.js narrows it further on
    /// smaller canvases.</summary>
    public const int Width = 24;

    /// <summary>The text in lines of at most <paramref name="width"/> characters, broken between words; a word longer
    /// than a line is broken inside (with a hyphen), so no line is ever wider than the width.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width = Width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var rest = word;
            if (line.Length > 0 && line.Length + 1 + rest.Length <= width)
            {
                line += " " + rest;
                continue;
            }
            if (line.Length > 0) lines.Add(line);
            while (rest.Length > width)
            {
                lines.Add(rest[..(width - 1)] + "-");
                rest = rest[(width - 1)..];
            }
            line = rest;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }
}
