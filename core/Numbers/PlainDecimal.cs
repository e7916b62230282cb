namespace Sakip.Core.Numbers;

/// <summary>
/// A decimal with the digits it has and no more: 75695 for a count read from a numeric(18,4) column as 75695.0000,
/// 18750069515 for a money column's 18750069515.00. Never rounds: every significant digit stays.
/// </summary>
public static class PlainDecimal
{
    /// <summary>The same value at the smallest scale that holds it exactly (a decimal divided by one keeps no trailing zero).</summary>
    public static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}
