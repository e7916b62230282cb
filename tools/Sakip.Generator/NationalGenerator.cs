using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sakip.Api.Data;
using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Generator;

public sealed record GeneratorOptions
{
    public required string Out { get; init; }
    public required int Documents { get; init; }
    public string Templates { get; init; } = "seed";
    public ulong RandomSeed { get; init; } = 20261201;
    /// <summary>Documents changed in one figure (A prime).</summary>
    public int Change { get; init; }
    /// <summary>Share of documents that get one planted disagreement.</summary>
    public double PlantShare { get; init; } = 0.05;
}

/// <summary>One planted disagreement, as the reconciliation will report it.</summary>
public sealed record PlantedDisagreement(string Document, FindingKind Kind, string Table, string Line, int CsvLine, string Stated, string Compared, string Description);

public sealed record GeneratedDocument(string Key, string TemplateKey, string Region, string Agency, int Year, IReadOnlyList<string> DroppedTables);

public sealed record GenerationResult(
    IReadOnlyList<GeneratedDocument> Documents,
    IReadOnlyList<PlantedDisagreement> Planted,
    IReadOnlyList<string> Changed,
    IReadOnlyList<RepairedCell> Repairs);

/// <summary>
/// Writes a synthetic nation of SAKIP documents in the seed format, derived deterministically from the real templates.
/// </summary>
public static partial class NationalGenerator
{
    /// <summary>The years of every agency: every other year, so no document's previous-year column meets another document's year.</summary>
    public static readonly int[] Years = [2022, 2024, 2026];

    public const string PlantedFile = "planted-disagreements.csv";
    public const string ChangedFile = "changed-documents.txt";

    private sealed record DocSpec(int Index, PreparedTemplate Template, Region Region, AgencyKind Agency, int Year, string Key, bool KeepsPpks);

    public static GenerationResult Run(GeneratorOptions options)
    {
        var templates = LoadTemplates(options.Templates);
        var specs = Enumerate(templates, options.Documents, options.RandomSeed);
        var plants = SchedulePlants(specs, options.PlantShare);
        var changed = ScheduleChanges(specs, options.Change);
        PrepareOutput(options.Out);

        var planted = new PlantedDisagreement?[specs.Count];
        Parallel.For(0, specs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            planted[i] = WriteDocument(options, specs[i], plants[i], changed.Contains(i));
        });

        var plantedList = planted.Where(p => p is not null).Select(p => p!).ToList();
        var csv = new StringBuilder();
        Csv.AppendRow(csv, ["document", "kind", "table", "line", "csv_line", "stated", "compared", "description"]);
        foreach (var p in plantedList)
        {
            Csv.AppendRow(csv, [p.Document, p.Kind.ToString(), p.Table, p.Line, p.CsvLine.ToString(CultureInfo.InvariantCulture), p.Stated, p.Compared, p.Description]);
        }
        WriteText(Path.Combine(options.Out, PlantedFile), csv.ToString());
        var changedKeys = changed.Order().Select(i => specs[i].Key).ToList();
        if (options.Change > 0)
        {
            WriteText(Path.Combine(options.Out, ChangedFile), string.Concat(changedKeys.Select(k => k + "\n")));
        }
        return new GenerationResult(
            specs.Select(s => new GeneratedDocument(s.Key, s.Template.Doc.Key, s.Region.Code, s.Agency.Key, s.Year,
                s.Template.Doc.Tables.Where(t => t.Kind == "ppks" && !s.KeepsPpks || t.Kind == "narrative").Select(t => t.Key).ToList())).ToList(),
            plantedList, changedKeys, templates.SelectMany(t => t.Repairs).ToList());
    }

    private static List<PreparedTemplate> LoadTemplates(string folder)
    {
        var docs = Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "document.yaml")))
            .Select(TemplateDocument.Read)
            .OrderBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Key, StringComparer.Ordinal)
            .ToList();
        if (docs.Count == 0)
        {
            throw new GeneratorException($"no template document (a folder with a document.yaml) in {folder}");
        }
        // Both templates become documents of one agency: plan node and indicator keys that both use (with different trees and
        // figures) are namespaced in every template after the first, so the two never compare budgets or targets with each other.
        var prepared = new List<PreparedTemplate>();
        var seen = new HashSet<string>();
        foreach (var doc in docs)
        {
            var keys = doc.Tables.Where(t => t.Kind == "indicators")
                .SelectMany(t => new[] { "node", "parent", "indicator", "serves" }.SelectMany(c => t.Rows.Select(r => t.Cell(r, c))))
                .Where(k => k.Length > 0).ToHashSet();
            var colliding = keys.Where(seen.Contains).ToHashSet();
            prepared.Add(PreparedTemplate.Prepare(doc, colliding, doc.Kind.ToLowerInvariant() + "-"));
            seen.UnionWith(keys.Select(k => colliding.Contains(k) ? doc.Kind.ToLowerInvariant() + "-" + k : k));
        }
        return prepared;
    }

    /// <summary>Regions one after another; in each its agencies (dinsos first); for each agency its years; for each year every template.</summary>
    private static List<DocSpec> Enumerate(List<PreparedTemplate> templates, int count, ulong seed)
    {
        var specs = new List<DocSpec>(count);
        for (var r = 0; specs.Count < count; r++)
        {
            var region = Nation.RegionAt(r);
            var agencies = Math.Min(Nation.AgencyCount(r, seed), Nation.AgencyKinds.Length);
            for (var a = 0; a < agencies && specs.Count < count; a++)
            {
                var agency = Nation.AgencyKinds[a];
                foreach (var year in Years)
                {
                    foreach (var template in templates)
                    {
                        if (specs.Count == count)
                        {
                            break;
                        }
                        var key = $"{region.Code.Replace('.', '-')}-{agency.Key}-{template.Doc.Kind.ToLowerInvariant()}-{year}";
                        specs.Add(new DocSpec(specs.Count, template, region, agency, year, key, agency.Key == "dinsos"));
                    }
                }
            }
        }
        return specs;
    }

    private static bool Supports(DocSpec spec, FindingKind kind) =>
        spec.Template.Plants.ContainsKey(kind) && (kind != FindingKind.StatisticAcrossTables || spec.KeepsPpks);

    /// <summary>Every 1/share-th document gets a planted disagreement, the kinds in turn; a document that cannot take the kind passes it on.</summary>
    private static FindingKind?[] SchedulePlants(List<DocSpec> specs, double share)
    {
        var plants = new FindingKind?[specs.Count];
        if (share <= 0 || specs.Count == 0)
        {
            return plants;
        }
        // Generated documents have no prose (their template's narrative table is dropped): no narrative finding to plant.
        var kinds = Enum.GetValues<FindingKind>().Where(k => k != FindingKind.NarrativeVsTables).ToArray();
        var every = Math.Max(1, (int)Math.Round(1 / share));
        var slot = 0;
        for (var start = every / 2; start < specs.Count; start += every, slot++)
        {
            var kind = kinds[slot % kinds.Length];
            for (var step = 0; step < specs.Count; step++)
            {
                var i = (start + step) % specs.Count;
                if (plants[i] is null && Supports(specs[i], kind))
                {
                    plants[i] = kind;
                    break;
                }
            }
        }
        return plants;
    }

    private static HashSet<int> ScheduleChanges(List<DocSpec> specs, int count)
    {
        var candidates = specs.Where(s => s.Template.ChangeSite is not null).Select(s => s.Index).ToList();
        if (count > candidates.Count)
        {
            throw new GeneratorException($"--change {count}: only {candidates.Count} documents have a figure that can change without a disagreement");
        }
        var chosen = new HashSet<int>();
        for (var k = 0; k < count; k++)
        {
            chosen.Add(candidates[(int)((long)k * candidates.Count / count + candidates.Count / (2 * count)) % candidates.Count]);
        }
        return chosen;
    }

    private static void PrepareOutput(string dir)
    {
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
        {
            var looksGenerated = File.Exists(Path.Combine(dir, PlantedFile))
                && Directory.EnumerateFiles(dir).All(f => Path.GetFileName(f) is PlantedFile or ChangedFile)
                && Directory.EnumerateDirectories(dir).All(d => File.Exists(Path.Combine(d, "document.yaml")));
            if (!looksGenerated)
            {
                throw new GeneratorException($"{dir} is not empty and does not look like an earlier generator output; refusing to write into it");
            }
            foreach (var d in Directory.EnumerateDirectories(dir).ToList())
            {
                Directory.Delete(d, true);
            }
            foreach (var f in Directory.EnumerateFiles(dir).ToList())
            {
                File.Delete(f);
            }
        }
        Directory.CreateDirectory(dir);
    }

    [ThreadStatic]
    private static byte[]? _bytes;

    /// <summary>Encodes the whole file into a per-thread buffer and writes it with one call (no per-file stream buffers to allocate).</summary>
    private static void WriteText(string path, StringBuilder text)
    {
        var encoding = Encoding.UTF8;
        var needed = 0;
        foreach (var chunk in text.GetChunks())
        {
            needed += encoding.GetMaxByteCount(chunk.Length);
        }
        if (_bytes is null || _bytes.Length < needed)
        {
            _bytes = new byte[Math.Max(needed, 1 << 18)];
        }
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoding.GetBytes(chunk.Span, _bytes.AsSpan(length));
        }
        using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None);
        RandomAccess.Write(file, _bytes.AsSpan(0, length), 0);
    }

    private static void WriteText(string path, string text) => WriteText(path, new StringBuilder(text));

    /// <summary>Per-document factors: integers, so every sum, copy and share of the template stays exact.</summary>
    private sealed record Factors(int Money, int MoneySpent, int Count, int Served, ulong Seed);

    private static Factors FactorsOf(DocSpec spec, ulong seed)
    {
        var rng = new Random64(Random64.Hash(spec.Key, seed));
        var money = rng.Next(1, 4);
        var spent = money >= 3 ? money - rng.Next(0, 1) : money;
        var count = rng.Next(1, 3);
        var served = count >= 2 ? count - rng.Next(0, 1) : count;
        return new Factors(money, spent, count, served, rng.Next());
    }

    private enum Scale { None, Money, MoneySpent, Count, Served }

    private static Scale ScaleOf(string kind, string column) => kind switch
    {
        "indicators" when column == "budget" || column.StartsWith("budget_", StringComparison.Ordinal) && !column.StartsWith("budget_realisation", StringComparison.Ordinal) => Scale.Money,
        "indicators" when column.StartsWith("budget_realisation", StringComparison.Ordinal) => Scale.MoneySpent,
        "agency-budget" when column == "amount" => Scale.Money,
        "assets" when column == "value" => Scale.Money,
        "psks" when column is "count" or "certified" => Scale.Count,
        "ppks" when column == "terdata" => Scale.Count,
        "ppks" when column is "tertangani" or "mandiri" => Scale.Served,
        "aid-distribution" when column is "recipients" or "delivered" or "undelivered" or "amount" => Scale.Count,
        _ => Scale.None,
    };

    private static string Scaled(string text, int factor)
    {
        if (factor == 1 || Notation.Parse(text) is not { IsNumber: true, Grade: null } f || f.Value == 0)
        {
            return text;
        }
        return Notation.Reformat(text, f.Value!.Value * factor);
    }

    [GeneratedRegex(@"^(target|realisation|capaian|budget|budget_realisation)_(\d{4})$")]
    private static partial Regex YearColumn();

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex YearText();

    private sealed class OutTable
    {
        public required TemplateTable Template { get; init; }
        public required string[] Header { get; init; }
        public required List<string[]> Rows { get; init; }
        public int Col(string name) => Array.IndexOf(Header, name);
    }

    private static PlantedDisagreement? WriteDocument(GeneratorOptions options, DocSpec spec, FindingKind? plant, bool change)
    {
        var p = spec.Template;
        var doc = p.Doc;
        var shift = spec.Year - doc.Year;
        var factors = FactorsOf(spec, options.RandomSeed);
        var tables = new Dictionary<int, OutTable>();
        foreach (var t in doc.Tables)
        {
            // A generated document's figures are scaled from its template's, and it has no prose: the template's
            // narrative figures would state the template's numbers, so they are left out.
            if (t.Kind == "ppks" && !spec.KeepsPpks || t.Kind == "narrative")
            {
                continue;
            }
            tables[t.Ordinal] = Transform(p, t, spec, shift, factors);
        }

        PlantedDisagreement? planted = null;
        if (plant is { } kind)
        {
            planted = Plant(p, tables, spec, kind, factors);
        }
        if (change && p.ChangeSite is { } site && tables.TryGetValue(site.Table, out var ct))
        {
            var column = ColumnIn(ct, site.Column);
            var row = ct.Rows[site.Row];
            row[column] = Notation.Reformat(row[column], Notation.Number(row[column])!.Value + 1);
        }

        var folder = Path.Combine(options.Out, spec.Key);
        Directory.CreateDirectory(folder);
        var text = new StringBuilder(1 << 16);
        foreach (var table in tables.Values)
        {
            text.Clear();
            Csv.AppendRow(text, table.Header);
            foreach (var row in table.Rows)
            {
                Csv.AppendRow(text, row);
            }
            WriteText(Path.Combine(folder, table.Template.Key + ".csv"), text);
        }
        WriteText(Path.Combine(folder, "document.yaml"), Manifest(spec, tables.Values.Select(t => t.Template), shift));
        return planted;
    }

    /// <summary>The output column of a template column (period tables and year columns are renamed).</summary>
    private static int ColumnIn(OutTable table, string templateColumn) => table.Col(templateColumn);

    private static OutTable Transform(PreparedTemplate p, TemplateTable t, DocSpec spec, int shift, Factors factors)
    {
        var header = new List<string>();
        // Each output column: which template column it takes its cells from.
        var sources = new List<(int Column, int? PeriodYear)>();
        var periodYears = Enumerable.Range(Years[0] - 1, Years[^1] - Years[0] + 2).ToList();
        var periodDone = false;
        for (var c = 0; c < t.Header.Length; c++)
        {
            var name = t.Header[c];
            var match = YearColumn().Match(name);
            if (t.IsPeriodTable && name.StartsWith("target_", StringComparison.Ordinal))
            {
                if (!periodDone)
                {
                    foreach (var g in periodYears)
                    {
                        var from = Years.Contains(g) ? p.Year : p.Year - 1;
                        var source = t.Column($"target_{from}") is var s and >= 0 ? s : t.Column($"target_{p.Year}");
                        header.Add($"target_{g}");
                        sources.Add((source, from));
                    }
                    periodDone = true;
                }
                continue;
            }
            header.Add(match.Success && !t.IsPeriodTable ? $"{match.Groups[1].Value}_{int.Parse(match.Groups[2].Value) + shift}" : name);
            sources.Add((c, null));
        }

        var rows = new List<string[]>(t.Rows.Count);
        var indicatorsTable = t.Kind == "indicators";
        var columns = sources.Select(s => s.Column >= 0 ? t.Header[s.Column] : "").ToArray();
        var factorOf = columns.Select(c => ScaleOf(t.Kind, c) switch
        {
            Scale.Money => factors.Money,
            Scale.MoneySpent => factors.MoneySpent,
            Scale.Count => factors.Count,
            Scale.Served => factors.Served,
            _ => 1,
        }).ToArray();
        var keyed = columns.Select(c => indicatorsTable && c is "node" or "parent" or "indicator" or "serves").ToArray();
        for (var i = 0; i < t.Rows.Count; i++)
        {
            var template = t.Rows[i];
            var row = new string[header.Count];
            for (var c = 0; c < header.Count; c++)
            {
                var (source, periodYear) = sources[c];
                var cell = source >= 0 ? template[source] : "";
                if (periodYear == p.Year && p.Repaired.TryGetValue((t.Ordinal, i), out var repaired))
                {
                    cell = repaired;
                }
                if (keyed[c] && cell.Length > 0)
                {
                    cell = p.Ns(cell);
                }
                row[c] = factorOf[c] == 1 ? cell : Scaled(cell, factorOf[c]);
            }
            rows.Add(row);
        }
        var table = new OutTable { Template = t, Header = header.ToArray(), Rows = rows };

        // Realisations vary independently of targets; the printed capaian is recomputed in its own notation.
        if (indicatorsTable)
        {
            foreach (var suffix in PreparedTemplate.CapaianSuffixes(t))
            {
                var outSuffix = suffix.Length == 0 ? "" : $"_{int.Parse(suffix[1..]) + shift}";
                for (var i = 0; i < rows.Count; i++)
                {
                    if (!p.Varying.Contains((t.Ordinal, i, suffix)))
                    {
                        continue;
                    }
                    var row = rows[i];
                    var indicator = t.Cell(t.Rows[i], "indicator");
                    var rc = table.Col("realisation" + outSuffix);
                    var cc = table.Col("capaian" + outSuffix);
                    var target = Notation.Parse(row[table.Col("target" + outSuffix)])!;
                    var real = Notation.Parse(row[rc])!;
                    var rng = new Random64(Random64.Hash(indicator + suffix, factors.Seed));
                    var u = rng.Between(0.80m, 1.05m);
                    var newReal = Notation.Reformat(row[rc], real.Value!.Value * u);
                    var computed = CapaianRules.Compute(target, Notation.Parse(newReal), p.PolarityOf(indicator));
                    if (computed.Value is not { } value)
                    {
                        continue;
                    }
                    row[rc] = newReal;
                    row[cc] = Notation.Reformat(row[cc], value);
                }
            }
        }
        return table;
    }

    private static string Manifest(DocSpec spec, IEnumerable<TemplateTable> tables, int shift)
    {
        var doc = spec.Template.Doc;
        var agencyName = $"{spec.Agency.Name} {spec.Region.Name}";
        var title = doc.Title.Contains(doc.AgencyName, StringComparison.Ordinal) && doc.AgencyName.Length > 0
            ? doc.Title.Replace(doc.AgencyName, agencyName)
            : $"{doc.Title} ({agencyName})";
        title = ShiftYears(title, doc.Year, shift);
        var y = new StringBuilder();
        y.Append("# Generated by tools/Sakip.Generator from ").Append(doc.Key).Append(" (synthetic data, not a real document).\n");
        y.Append("key: ").Append(spec.Key).Append('\n');
        y.Append("kind: ").Append(doc.Kind).Append('\n');
        y.Append("year: ").Append(spec.Year).Append('\n');
        y.Append("title: ").Append(Quote(title)).Append('\n');
        foreach (var (key, value) in doc.Scalars)
        {
            var v = value;
            if (key == "published_on" && DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var date))
            {
                v = date.AddYears(shift).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            if (v.Length > 0)
            {
                y.Append(key).Append(": ").Append(Quote(v)).Append('\n');
            }
        }
        y.Append("region:\n  code: ").Append(Quote(spec.Region.Code)).Append("\n  name: ").Append(Quote(spec.Region.Name))
            .Append("\n  province: ").Append(Quote(spec.Region.Province)).Append('\n');
        y.Append("agency:\n  key: ").Append(spec.Agency.Key).Append("\n  name: ").Append(Quote(agencyName)).Append('\n');
        if (doc.Signatory.Count > 0)
        {
            y.Append("signatory:\n");
            foreach (var (key, value) in doc.Signatory)
            {
                y.Append("  ").Append(key).Append(": ").Append(key == "position" ? Quote(spec.Agency.Head) : Scalar(value)).Append('\n');
            }
        }
        y.Append("tables:\n");
        foreach (var t in tables)
        {
            var first = true;
            foreach (var (key, value) in t.Manifest)
            {
                var v = key switch
                {
                    "year" => (int.Parse(value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture),
                    "caption" when !t.IsPeriodTable => Quote(ShiftYears(value, doc.Year, shift)),
                    _ => Scalar(value),
                };
                y.Append(first ? "  - " : "    ").Append(key).Append(": ").Append(v).Append('\n');
                first = false;
            }
        }
        return y.ToString();
    }

    /// <summary>Years near the template's year move with the document; others (plan periods, laws) stay.</summary>
    private static string ShiftYears(string text, int templateYear, int shift) => shift == 0 ? text : YearText().Replace(text, m =>
    {
        var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
        return year >= templateYear - 2 && year <= templateYear ? (year + shift).ToString(CultureInfo.InvariantCulture) : m.Value;
    });

    private static string Scalar(string value) => value.Length > 0 && value.All(char.IsAsciiDigit) && value[0] != '0' ? value : Quote(value);

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

public sealed class GeneratorException(string message) : Exception(message);
