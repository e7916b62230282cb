using System.Text.RegularExpressions;

namespace Sakip.Api.Seeding;

/// <summary>The seed table kinds and the columns each accepts (seed/README.md).</summary>
public static partial class TableKinds
{
    public const string List = "list";
    public const string Units = "units";
    public const string Indicators = "indicators";
    public const string Ppks = "ppks";
    public const string Psks = "psks";
    public const string AidDistribution = "aid-distribution";
    public const string StaffPositions = "staff-positions";
    public const string StaffCounts = "staff-counts";
    public const string Assets = "assets";
    public const string AgencyBudget = "agency-budget";
    public const string Rows = "rows";

    public static readonly IReadOnlySet<string> Common = new HashSet<string> { "line", "row", "total", "note" };

    private static readonly Dictionary<string, string[]> Columns = new()
    {
        [List] = ["number", "parent", "text", "page"],
        [Units] = ["number", "key", "parent", "kind", "name", "head", "echelon"],
        [Indicators] =
        [
            "node", "parent", "serves", "level", "code", "name", "goal", "unit", "indicator", "indicator_name", "satuan",
            "indicator_kind", "polarity", "aggregation", "definition", "formula", "responsible", "target", "baseline",
            "end_target", "realisation", "capaian", "budget", "budget_realisation",
            "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12", "q1", "q2", "q3", "q4",
        ],
        [Ppks] = ["group_no", "group", "category_no", "category", "key", "terdata", "tertangani", "mandiri", "bidang"],
        [Psks] = ["type", "count", "certified", "data_source", "remarks"],
        [AidDistribution] = ["stage", "kecamatan", "label", "recipients", "delivered", "delivered_pct", "undelivered", "undelivered_pct", "amount"],
        [StaffPositions] = ["position", "unit", "pns", "pppk", "pppk_pw", "grade"],
        [StaffCounts] = ["dimension", "category", "code", "count", "v1", "v2", "v3", "v4"],
        [Assets] = ["class", "description", "value", "quantity", "unit_of_measure"],
        [AgencyBudget] = ["agency", "amount"],
        [Rows] = [],
    };

    public static bool Exists(string kind) => Columns.ContainsKey(kind);

    public static IEnumerable<string> Names => Columns.Keys;

    /// <summary>Whether a column is allowed for the kind (rows: any column).</summary>
    public static bool Allows(string kind, string column) =>
        Common.Contains(column)
        || kind == Rows && ColumnName().IsMatch(column)
        || Columns[kind].Contains(column)
        || kind == Indicators && YearColumn().IsMatch(column);

    /// <summary>"target_2025", "realisation_2021", "capaian_2022", "budget_2026", "budget_realisation_2022".</summary>
    [GeneratedRegex("^(target|realisation|capaian|budget|budget_realisation)_(?<year>20[0-9]{2})$")]
    public static partial Regex YearColumn();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ColumnName();
}
