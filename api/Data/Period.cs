namespace Sakip.Api.Data;

/// <summary>The period a figure is for: the whole year (number 0), a quarter (triwulan 1-4) or a month (1-12).</summary>
public enum PeriodKind
{
    Year,
    Quarter,
    Month,
}

public static class PeriodChecks
{
    public static string Sql(string kind = "period_kind", string number = "period_no") =>
        $"({kind} = 'Year' AND {number} = 0) OR ({kind} = 'Quarter' AND {number} BETWEEN 1 AND 4)"
        + $" OR ({kind} = 'Month' AND {number} BETWEEN 1 AND 12)";
}
