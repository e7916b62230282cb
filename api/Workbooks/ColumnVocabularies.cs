using System.Text.RegularExpressions;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Seeding;

namespace Sakip.Api.Workbooks;

/// <summary>
/// The closed vocabularies of the seed format, offered as drop-down lists (data validation) in a workbook. Taken from the
/// enums and constants the loader parses with where there are some (a new PlanLevel appears here without an edit); the
/// others are the literal values SeedImporter and SeedReader check.
/// </summary>
public static partial class ColumnVocabularies
{
    /// <summary>The values a column of a table kind accepts; null when it is free text or a figure.</summary>
    public static IReadOnlyList<string>? Of(string kind, string column) => (kind, column) switch
    {
        (_, "total") => ["yes"],
        (TableKinds.Units, "kind") => Kebab<UnitKind>(),
        (TableKinds.Units, "echelon") => ["I", "II", "III", "IV", "V"],
        (TableKinds.Indicators, "level") => Kebab<PlanLevel>(),
        (TableKinds.Indicators, "indicator_kind") => Kebab<IndicatorKind>(),
        (TableKinds.Indicators, "polarity") => ["higher", "lower"],
        (TableKinds.Indicators, "aggregation") => Kebab<Aggregation>(),
        (TableKinds.AidDistribution, "stage") => ["I", "II", "I+II"],
        (TableKinds.StaffCounts, "dimension") => SeedImporter.StaffDimensions,
        (TableKinds.Narrative, "states") => TableKinds.NarrativeStates,
        (TableKinds.Narrative, "level") => TableKinds.NarrativeCountLevels,
        (TableKinds.Narrative, "compare") => ["equal", "more-than", "less-than"],
        _ => null,
    };

    /// <summary>The values a key of document.yaml (a Dokumen key path or a Tabel column) accepts; null when free.</summary>
    public static IReadOnlyList<string>? OfManifest(string keyPath) => keyPath switch
    {
        "kind" => Enum.GetNames<DocumentKind>().Select(n => n.ToUpperInvariant()).ToList(),
        "dash.means" => [DashManifest.Zero, DashManifest.NotRecorded],
        _ => null,
    };

    /// <summary>Table kinds, for Tabel's kind column.</summary>
    public static IReadOnlyList<string> TableKindNames => TableKinds.Names.ToList();

    /// <summary>An enum's names as the seed writes them: SubKegiatan is "sub-kegiatan" (SeedImporter.ParseEnumText's reading).</summary>
    private static List<string> Kebab<T>() where T : struct, Enum =>
        Enum.GetNames<T>().Select(n => Capital().Replace(n, "-$1").ToLowerInvariant()).ToList();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Capital();
}
