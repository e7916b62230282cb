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
/// A category scale: the lowest capaian (%) of each category above sangat rendah. Regions use different scales, so
/// a region may have its own; <see cref="Permendagri86"/> is the default.
/// </summary>
public sealed record CapaianScale(string Name, string Source, decimal SangatTinggiFrom, decimal TinggiFrom, decimal SedangFrom, decimal RendahFrom)
{
    /// <summary>
    /// The region's capaian cap (batas capaian), e.g. 100: a capaian above it is the cap, the uncapped value and the cap
    /// in the trace. Null: no cap (Permendagri 86/2017 reports capaian above 100% as it is).
    /// </summary>
    public decimal? Cap { get; init; }

    /// <summary>Permendagri 86/2017: sangat tinggi 91 and above, tinggi 76-90, sedang 66-75, rendah 51-65, sangat rendah 50 and below.</summary>
    public static CapaianScale Permendagri86 { get; } = new("Permendagri 86/2017", "Permendagri Nomor 86 Tahun 2017, skala nilai peringkat kinerja", 91, 76, 66, 51);

    public CapaianCategory Categorise(decimal capaian) =>
        capaian >= SangatTinggiFrom ? CapaianCategory.SangatTinggi
        : capaian >= TinggiFrom ? CapaianCategory.Tinggi
        : capaian >= SedangFrom ? CapaianCategory.Sedang
        : capaian >= RendahFrom ? CapaianCategory.Rendah
        : CapaianCategory.SangatRendah;
}

public enum CapaianState
{
    Computed,
    /// <summary>The realisation is not reported: capaian is unknown, never 0% or 100%.</summary>
    NotReported,
    /// <summary>Target and realisation do not allow a capaian (no target, a zero target, a grade against a number).</summary>
    NotComputable,
}

/// <summary>A computed capaian with its calculation trace: inputs, formula and result, in Indonesian notation.</summary>
public sealed record CapaianResult(CapaianState State, decimal? Value, CapaianCategory? Category, string Formula, string Trace, string Source);

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
        return new(CapaianState.Computed, capped, scale.Categorise(capped), formula, trace, source);
    }

    private static int? Rank(string? grade) => grade is null ? null : Grades.ToList().IndexOf(grade) is var i and >= 0 ? i + 1 : null;
}
