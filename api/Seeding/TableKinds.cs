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
    public const string Narrative = "narrative";

    /// <summary>What a figure of the prose (a <see cref="Narrative"/> row) states, in its <c>states</c> column.</summary>
    public static readonly IReadOnlyList<string> NarrativeStates =
        ["target", "realisation", "capaian", "budget", "budget_realisation", "absorption", "count", "terdata", "tertangani", "mandiri"];

    /// <summary>What a <c>count</c> of a <see cref="Narrative"/> row counts, in its <c>level</c> column.</summary>
    public static readonly IReadOnlyList<string> NarrativeCountLevels = ["tujuan", "sasaran", "program", "kegiatan", "sub-kegiatan", "indicator", "iku"];

    public static readonly IReadOnlySet<string> Common = new HashSet<string> { "line", "row", "total", "note" };

    private static readonly Dictionary<string, string[]> Columns = new()
    {
        [List] = ["number", "parent", "text", "page"],
        [Units] = ["number", "key", "parent", "kind", "name", "head", "echelon"],
        [Indicators] =
        [
            "node", "parent", "serves", "level", "code", "name", "goal", "unit", "indicator", "indicator_name", "satuan",
            "indicator_kind", "polarity", "aggregation", "definition", "formula", "responsible", "target", "baseline",
            "end_target", "realisation", "capaian", "kriteria", "budget", "budget_realisation",
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
        [Narrative] = ["states", "indicator", "node", "level", "category", "table", "year", "figure", "compare", "quote"],
    };

    public static bool Exists(string kind) => Columns.ContainsKey(kind);

    /// <summary>The columns a kind names (its own and the common ones), for "did you mean".</summary>
    public static IEnumerable<string> ColumnsOf(string kind) => Common.Concat(Columns.GetValueOrDefault(kind) ?? []);

    /// <summary>
    /// For a 'rows' table (which takes any column), the kind whose own columns the header has at least two of: the
    /// table was probably meant to be of that kind, and loading it as rows would store its figures as text only.
    /// </summary>
    public static (string Kind, IReadOnlyList<string> Columns)? BetterFit(string kind, IReadOnlyCollection<string> header)
    {
        if (kind != Rows)
        {
            return null;
        }
        return Columns.Keys.Where(k => k != Rows)
            .Select(k => (Kind: k, Columns: (IReadOnlyList<string>)header.Where(c => Distinctive(k, c)).ToList()))
            .Where(f => f.Columns.Count >= 2)
            .OrderByDescending(f => f.Columns.Count).ThenBy(f => f.Kind, StringComparer.Ordinal)
            .Select(f => ((string, IReadOnlyList<string>)?)f).FirstOrDefault();
    }

    /// <summary>A column only this kind has (so its presence says which kind a header is).</summary>
    private static bool Distinctive(string kind, string column) =>
        (Columns[kind].Contains(column) || kind == Indicators && YearColumn().IsMatch(column))
        && Columns.Where(c => c.Key != kind).All(c => !c.Value.Contains(column));

    /// <summary>The longest text the database stores for a column of a kind (validated before the load, never met there).</summary>
    public static int? MaxLength(string kind, string column) => (kind, column) switch
    {
        (_, "row") => 64,
        (Indicators, "node" or "parent" or "serves" or "indicator") => 100,
        (Indicators, "unit" or "responsible") => 64,
        (Indicators, "name" or "indicator_name" or "goal") => 1000,
        (Indicators, "code") => 64,
        (Indicators, "satuan") => 32,
        (Units, "key" or "parent") => 64,
        (Units, "name" or "head") => 300,
        (Ppks, "key") => 100,
        (Ppks, "category" or "group") => 300,
        (Ppks, "group_no") => 8,
        (Ppks, "bidang") => 200,
        (Psks, "type") => 300,
        (Psks, "data_source") => 200,
        (AidDistribution, "kecamatan" or "label") => 100,
        (StaffPositions, "position") => 300,
        (StaffPositions, "unit") => 64,
        (StaffCounts, "category") => 200,
        (StaffCounts, "code") => 16,
        (Assets, "class") => 300,
        (Assets, "unit_of_measure") => 32,
        _ => null,
    };

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
