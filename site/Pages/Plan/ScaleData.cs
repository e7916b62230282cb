using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Plan;

/// <summary>A region's capaian scale as the API gives it (<c>capaianScale { name source classes { label from above } cap }</c>).</summary>
public sealed record ScaleData(string Name, string Source, List<ScaleClass> Classes, decimal? Cap)
{
    /// <summary>Each class with its range in words: "91% ke atas", "76% sampai di bawah 91%", "lebih dari 100%", "di bawah 51%".</summary>
    public IEnumerable<(ScaleClass Class, string Range)> Ranges() => Classes.Select((c, i) =>
    {
        var upper = i == 0 ? null : Classes[i - 1];
        var from = c.From is { } f ? (c.Above ? $"lebih dari {Format.Number(f)}%" : $"{Format.Number(f)}%") : null;
        var below = upper?.From is { } u ? (upper.Above ? $"{Format.Number(u)}% atau kurang" : $"di bawah {Format.Number(u)}%") : null;
        return (c, (from, below) switch
        {
            (null, null) => "semua capaian",
            (_, null) => c.Above ? from! : $"{from} ke atas",
            (null, _) => below!,
            // Below an exclusive bound this class reaches it: "100%" alone when it starts there too.
            _ when upper!.Above && !c.Above && upper.From == c.From => from!,
            _ => $"{from} sampai {(upper!.Above ? "" : "di bawah ")}{Format.Number(upper.From!.Value)}%",
        });
    });

    /// <summary>The classes in the top and bottom halves of the scale (two of five, one of three), for headlines.</summary>
    public (IReadOnlyList<string> High, IReadOnlyList<string> Low) Halves() =>
        (Classes.Take(Classes.Count / 2).Select(c => c.Label).ToList(), Classes.Skip(Classes.Count - Classes.Count / 2).Select(c => c.Label).ToList());
}

public sealed record ScaleClass(string Label, decimal? From, bool Above);
