namespace Sakip.Site.Rendering;

/// <summary>A published amount compared with another in words, e.g. "Rp201.926.981 lebih kecil dari jumlah pagu program".</summary>
public static class Compare
{
    public static string Against(decimal? amount, decimal? other, string otherName) =>
        amount is not { } a || other is not { } o ? $"tidak dapat dibandingkan dengan {otherName}"
        : a == o ? $"sama dengan {otherName}"
        : $"{Format.Rupiah(Math.Abs(a - o))} lebih {(a < o ? "kecil" : "besar")} dari {otherName}";
}
