using Sakip.Core.Figures;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Core.Capaian;

/// <summary>Whether higher or lower figures of an indicator are better (polaritas).</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>Capaian categories of Permendagri 86/2017 (Lampiran, evaluasi hasil RKPD): sangat tinggi to sangat rendah.</summary>
public enum CapaianCategory
{
    SangatRendah,
    Rendah,
    Sedang,
    Tinggi,
    SangatTinggi,
}

/// <summary>
/// One class of a capaian scale: its label as the region prints it (kriteria) and its lower bound, inclusive
/// (<see cref="From"/>: "91 ke atas") or exclusive (<see cref="Above"/>: "lebih dari 100"). The lowest class has no bound.
/// </summary>
public sealed record CapaianClass(string Label, decimal? From, bool Above = false)
{
    public bool Admits(decimal capaian) => From is not { } from || (Above ? capaian > from : capaian >= from);
}

/// <summary>
/// A category scale: its classes from the highest to the lowest, each admitting a capaian at or above (or above) its
/// bound. Regions use different scales (five Permendagri bands, or three classes such as "Terlampaui Target",
/// "Tercapai Target", "Target Tidak Tercapai"), so a region may have its own; <see cref="Permendagri86"/> is the default.
/// </summary>
public sealed record CapaianScale(string Name, string Source, IReadOnlyList<CapaianClass> Classes)
{
    /// <summary>
    /// The region's capaian cap (batas capaian), e.g. 100: a capaian above it is the cap, the uncapped value and the cap
    /// in the trace. Null: no cap (Permendagri 86/2017 reports capaian above 100% as it is).
    /// </summary>
    public decimal? Cap { get; init; }

    /// <summary>Permendagri 86/2017: sangat tinggi 91 and above, tinggi 76-90, sedang 66-75, rendah 51-65, sangat rendah 50 and below.</summary>
    public static CapaianScale Permendagri86 { get; } = FiveBands("Permendagri 86/2017", "Permendagri Nomor 86 Tahun 2017, skala nilai peringkat kinerja", 91, 76, 66, 51);

    /// <summary>A scale of the five Permendagri categories with other thresholds.</summary>
    public static CapaianScale FiveBands(string name, string source, decimal sangatTinggiFrom, decimal tinggiFrom, decimal sedangFrom, decimal rendahFrom) =>
        new(name, source, [new("Sangat Tinggi", sangatTinggiFrom), new("Tinggi", tinggiFrom), new("Sedang", sedangFrom), new("Rendah", rendahFrom), new("Sangat Rendah", null)]);

    /// <summary>The class a capaian falls in: the first, from the highest, whose bound it reaches.</summary>
    public CapaianClass Classify(decimal capaian) => Classes.First(c => c.Admits(capaian));

    /// <summary>
    /// The Permendagri category of a capaian where the scale has the five bands (by position, highest first); null on a
    /// scale of another number of classes, whose classes are told apart by <see cref="CapaianClass.Label"/> alone.
    /// </summary>
    public CapaianCategory? Categorise(decimal capaian) =>
        Classes.Count == 5 ? (CapaianCategory)(4 - IndexOf(Classify(capaian))) : null;

    /// <summary>Why a list of classes cannot be a scale, in the data officer's terms; null when it can.</summary>
    public static string? Problem(IReadOnlyList<CapaianClass> classes)
    {
        if (classes.Count < 2)
        {
            return "a scale needs at least two classes";
        }
        if (classes[^1].From is not null)
        {
            return $"the last class ('{classes[^1].Label}') is the lowest and takes no bound (from or above)";
        }
        for (var i = 0; i < classes.Count - 1; i++)
        {
            if (classes[i].From is null)
            {
                return $"class {i + 1} ('{classes[i].Label}') needs a lower bound (from or above); only the last class has none";
            }
            if (i > 0 && !Higher(classes[i - 1], classes[i]))
            {
                return $"the classes must go from the highest to the lowest: '{classes[i - 1].Label}' ({Bound(classes[i - 1])}) is not above '{classes[i].Label}' ({Bound(classes[i])})";
            }
        }
        var repeated = classes.GroupBy(c => c.Label.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? null : $"the label '{repeated.Key}' is given to more than one class";
    }

    /// <summary>A class bound in words: "dari 91" (inclusive) or "lebih dari 100" (exclusive).</summary>
    public static string Bound(CapaianClass c) => c.From is not { } from ? "tanpa batas bawah" : (c.Above ? "lebih dari " : "dari ") + Number(from);

    private int IndexOf(CapaianClass c)
    {
        for (var i = 0; i < Classes.Count; i++)
        {
            if (ReferenceEquals(Classes[i], c))
            {
                return i;
            }
        }
        return -1;
    }

    // "above 100" is higher than "from 100"; equal bounds of the same kind are not.
    private static bool Higher(CapaianClass upper, CapaianClass lower) =>
        upper.From > lower.From || (upper.From == lower.From && upper.Above && !lower.Above);

    public bool Equals(CapaianScale? other) =>
        other is not null && Name == other.Name && Source == other.Source && Cap == other.Cap && Classes.SequenceEqual(other.Classes);

    public override int GetHashCode() => HashCode.Combine(Name, Source, Cap, Classes.Count);
}

public enum CapaianState
{
    Computed,
    /// <summary>The realisation is not reported: capaian is unknown, never 0% or 100%.</summary>
    NotReported,
    /// <summary>Target and realisation do not allow a capaian (no target, a zero target, a grade against a number).</summary>
    NotComputable,
}

/// <summary>
/// A computed capaian with its calculation trace: inputs, formula and result, in Indonesian notation. <see cref="Kriteria"/> is
/// the class of the region's scale (its label), <see cref="Category"/> the Permendagri category where the scale has the five bands.
/// </summary>
public sealed record CapaianResult(CapaianState State, decimal? Value, CapaianCategory? Category, string Formula, string Trace, string Source)
{
    public string? Kriteria { get; init; }
}

/// <summary>
/// The capaian formulas, in one place with their sources. Higher is better: realisation / target x 100.
/// Lower is better: (2 - realisation / target) x 100, the inverse formula used in LKjIP practice. Graded targets
/// (SAKIP "BB", "60 (B)") are compared on the grade scale. Capaian above 100% is reported as is unless capped.
/// </summary>
public static class CapaianRules
{
    public const string HigherSource = "PermenPAN-RB 53/2014 (LKjIP): capaian = realisasi / target x 100%";
    public const string LowerSource = "LKjIP practice for indicators where lower is better: capaian = (2 - realisasi / target) x 100%";
    public const string GradeSource = "SAKIP grades, PermenPAN-RB 88/2021: AA > A > BB > B > CC > C > D; capaian = rank of realisasi / rank of target x 100%";

    /// <summary>SAKIP letter grades, lowest first; a grade's rank is its position (D = 1 ... AA = 7).</summary>
    public static IReadOnlyList<string> Grades { get; } = ["D", "C", "CC", "B", "BB", "A", "AA"];

    public static CapaianResult Compute(Figure? target, Figure? realisation, Polarity polarity, CapaianScale? scale = null, bool capAt100 = false)
    {
        scale ??= CapaianScale.Permendagri86;
        if (realisation is null || realisation.State != FigureState.Reported)
        {
            return new(CapaianState.NotReported, null, null, "", "realisasi tidak dilaporkan", "");
        }
        if (target is null || target.State != FigureState.Reported)
        {
            return new(CapaianState.NotComputable, null, null, "", "target tidak dilaporkan", "");
        }
        if (target.Grade is not null || realisation.Grade is not null)
        {
            return ComputeGraded(target, realisation, scale, capAt100);
        }
        var t = target.Value!.Value;
        var r = realisation.Value!.Value;
        if (t == 0)
        {
            return new(CapaianState.NotComputable, null, null, "", $"target {target.Published} bernilai nol", "");
        }
        var (formula, value, source) = polarity == Polarity.LowerIsBetter
            ? ("(2 - realisasi / target) x 100", (2 - r / t) * 100, LowerSource)
            : ("realisasi / target x 100", r / t * 100, HigherSource);
        return Finish(value, formula, polarity == Polarity.LowerIsBetter
            ? $"(2 - {Number(r, 4)} / {Number(t, 4)}) x 100"
            : $"{Number(r, 4)} / {Number(t, 4)} x 100", source, scale, capAt100);
    }

    private static CapaianResult ComputeGraded(Figure target, Figure realisation, CapaianScale scale, bool capAt100)
    {
        var t = Rank(target.Grade);
        var r = Rank(realisation.Grade);
        if (t is null || r is null)
        {
            return new(CapaianState.NotComputable, null, null, "",
                $"target {target.Published} dan realisasi {realisation.Published} tidak keduanya predikat SAKIP", "");
        }
        return Finish((decimal)r.Value / t.Value * 100, "rank(realisasi) / rank(target) x 100",
            $"peringkat {realisation.Grade} = {r} / peringkat {target.Grade} = {t} x 100", GradeSource, scale, capAt100);
    }

    private static CapaianResult Finish(decimal value, string formula, string inputs, string source, CapaianScale scale, bool capAt100)
    {
        var cap = capAt100 ? 100 : scale.Cap;
        var capped = cap is { } c && value > c ? c : value;
        var trace = $"{inputs} = {Percent(value)}"
            + (capped == value ? "" : $", dibatasi {Number(capped)}%" + (capAt100 ? "" : " (batas capaian daerah)"));
        // The class is that of the uncapped value: a region that caps at 100 still prints "Terlampaui Target" for 102%.
        return new(CapaianState.Computed, capped, scale.Categorise(value), formula, trace, source) { Kriteria = scale.Classify(value).Label };
    }

    private static int? Rank(string? grade) => grade is null ? null : Grades.ToList().IndexOf(grade) is var i and >= 0 ? i + 1 : null;
}
