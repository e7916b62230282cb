using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Sakip.Api.Documents;
using Sakip.Core.Capaian;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Sakip.Api.Seeding;

/// <summary>Reads the seed folder: every document.yaml and every table CSV, checking their form.</summary>
public static partial class SeedReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties() // YamlProblems.UnknownKeys lists every unknown key, not only the first
        .Build();

    /// <summary>The document folders of the seed folder (those with a document.yaml), in ordinal order of their names.</summary>
    public static IReadOnlyList<string> ListFolders(string seedDirectory, string repositoryRoot)
    {
        if (!Directory.Exists(seedDirectory))
        {
            throw new SeedValidationException([new SeedError(seedDirectory, null, null, "the seed folder does not exist")]);
        }
        var folders = Directory.GetDirectories(seedDirectory).Where(f => File.Exists(Path.Combine(f, "document.yaml")))
            .Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
        {
            throw new SeedValidationException([new SeedError(Relative(seedDirectory, repositoryRoot), null, null, "no folder with a document.yaml")]);
        }
        return folders;
    }

    /// <summary>What decides whether a document changed: <see cref="ContentFingerprint"/>.</summary>
    public static string ContentHash(string folder) => ContentFingerprint.Of(folder);

    /// <summary>Only the document.yaml of a folder, checked for form; null (with errors added) when it is not readable.</summary>
    public static DocumentManifest? ReadManifest(string folder, string repositoryRoot, List<SeedError> errors)
    {
        var manifestPath = Path.Combine(folder, "document.yaml");
        var yaml = File.ReadAllText(manifestPath);
        try
        {
            // Unknown keys are reported when the whole folder is read (ReadDocument), with the folder's other errors.
            return Yaml.Deserialize<DocumentManifest>(yaml) ?? new DocumentManifest();
        }
        catch (YamlException e)
        {
            errors.Add(YamlProblems.Describe(Relative(manifestPath, repositoryRoot), yaml, e));
            return null;
        }
    }

    /// <summary>A whole document folder, read and checked for form; null (with errors added) when anything is wrong.</summary>
    /// <param name="warnings">Gets what is probably wrong but does not stop the load (rows outside their table's lines, a kind that does not fit the header).</param>
    public static SeedDocument? ReadDocument(string folder, string repositoryRoot, string stamp, List<SeedError> errors, List<SeedError> warnings)
    {
        var document = ReadFolder(folder, Path.Combine(folder, "document.yaml"), repositoryRoot, errors, warnings);
        // Every file of the folder counts for the hash, a note beside the tables included.
        return document is null ? null : document with { ContentHash = ContentHash(folder), Stamp = stamp };
    }

    private static SeedDocument? ReadFolder(string folder, string manifestPath, string root, List<SeedError> errors, List<SeedError> warnings)
    {
        var manifestFile = Relative(manifestPath, root);
        var yaml = File.ReadAllText(manifestPath);
        DocumentManifest manifest;
        try
        {
            manifest = Yaml.Deserialize<DocumentManifest>(yaml) ?? new DocumentManifest();
        }
        catch (YamlException e)
        {
            errors.Add(YamlProblems.Describe(manifestFile, yaml, e));
            return null;
        }

        var before = errors.Count;
        errors.AddRange(YamlProblems.UnknownKeys(manifestFile, yaml, typeof(DocumentManifest)));
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new SeedError(manifestFile, YamlProblems.LineOf(yaml, field), field, message));
            }
        }
        Check(manifest.Key == Path.GetFileName(folder), "key", $"'{manifest.Key}' must equal the folder name '{Path.GetFileName(folder)}'");
        Check(Enum.TryParse<DocumentKind>(manifest.Kind, ignoreCase: true, out _), "kind", $"'{manifest.Kind}' is not one of RAK, LKJIP, PK, RENSTRA");
        Check(manifest.Year is >= 2000 and <= 2100, "year", $"{manifest.Year} is not a year between 2000 and 2100");
        Check(manifest.Title.Length > 0, "title", "is required");
        Check(manifest.SourceFile.Length > 0, "source_file", "is required");
        Check(RegionCode().IsMatch(manifest.Region.Code), "region.code", $"'{manifest.Region.Code}' is not a Kemendagri code like \"62.07\"");
        Check(manifest.Region.Name.Length > 0, "region.name", "is required");
        Check(manifest.Region.Province.Length > 0, "region.province", "is required");
        Check(Key().IsMatch(manifest.Agency.Key), "agency.key", $"'{manifest.Agency.Key}' is not a lowercase key");
        Check(manifest.Agency.Name.Length > 0, "agency.name", "is required");
        Check(manifest.PublishedOn is null || DateOnly.TryParseExact(manifest.PublishedOn, "yyyy-MM-dd", out _),
            "published_on", $"'{manifest.PublishedOn}' is not a date like 2026-01-02");
        Check(manifest.Tables.Count > 0, "tables", "lists no table");
        CheckScale(manifest.Region.CapaianScale, Check);
        Check(manifest.Region.CapaianCap is null or > 0 and < 100_000, "region.capaian_cap", $"{manifest.Region.CapaianCap} is not a capaian cap in percent, like 100");
        Check(manifest.Signatory?.Nip is null || Nip().IsMatch(manifest.Signatory.Nip), "signatory.nip",
            $"'{manifest.Signatory?.Nip}' is not a NIP (18 digits, spaces allowed, like 19731004 200604 2 017)");
        CheckOriginal(manifest.Original, Check);
        foreach (var (field, value, max) in ManifestLengths(manifest))
        {
            Check(value is null || value.Length <= max, field, $"is {value?.Length} characters long; at most {max} are stored");
        }
        var sourceLines = SourceLineCount(folder, manifest.SourceFile);

        var tables = new List<SeedTable>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in manifest.Tables)
        {
            var field = $"tables[{table.Key}]";
            if (!listed.Add(table.Key))
            {
                errors.Add(new SeedError(manifestFile, YamlProblems.LineOf(yaml, field), field, "this table key is listed twice"));
                continue;
            }
            Check(TableKey().IsMatch(table.Key), $"{field}.key", $"'{table.Key}' is not a table key (letters, digits, '.', '-', '_')");
            Check(TableKinds.Exists(table.Kind), $"{field}.kind",
                $"'{table.Kind}' is not one of {string.Join(", ", TableKinds.Names)}{NearMiss.Hint(table.Kind, TableKinds.Names)}");
            Check(table.Caption.Length > 0, $"{field}.caption", "is required");
            var range = ParseLines(table.Lines);
            Check(range is not null, $"{field}.lines", $"'{table.Lines}' is not a line range like 220-284");
            Check(table.Year is null or >= 2000 and <= 2100, $"{field}.year", $"{table.Year} is not a year between 2000 and 2100");
            Check(table.Page is null || Page().IsMatch(table.Page), $"{field}.page",
                $"'{table.Page}' is not a printed page number like 27 or iv (the page as the document's own list of tables or contents gives it)");
            var csvPath = Path.Combine(folder, table.Key + ".csv");
            if (!File.Exists(csvPath))
            {
                errors.Add(new SeedError(manifestFile, YamlProblems.LineOf(yaml, field), field, $"the file {table.Key}.csv does not exist"));
                continue;
            }
            if (!TableKinds.Exists(table.Kind) || range is null)
            {
                continue;
            }
            var csvFile = Relative(csvPath, root);
            var text = File.ReadAllText(csvPath);
            var dash = CheckDash(table, field, Check);
            var rows = ReadRows(text, csvFile, table.Kind, dash, errors, warnings);
            CheckRowLines(rows, field, range.Value, manifest.SourceFile, sourceLines, errors, warnings);
            tables.Add(new SeedTable(table, csvFile, table.Year ?? manifest.Year, range.Value.From, range.Value.To, rows));
        }
        foreach (var csv in Directory.GetFiles(folder, "*.csv").Where(f => !listed.Contains(Path.GetFileNameWithoutExtension(f))))
        {
            errors.Add(new SeedError(Relative(csv, root), null, null, "this file is not listed under tables: in document.yaml"));
        }
        return errors.Count > before ? null : new SeedDocument(manifest, manifestFile, tables, "", "");
    }

    private static List<SeedRow> ReadRows(string text, string file, string kind, DashManifest? dash, List<SeedError> errors, List<SeedError> warnings)
    {
        var records = CsvRecords.Parse(text, file, errors);
        var rows = new List<SeedRow>();
        if (records.Count == 0)
        {
            errors.Add(new SeedError(file, 1, null, "the file has no header row"));
            return rows;
        }
        var header = records[0];
        var columns = header.Fields.Select(f => f.Trim()).ToArray();
        var headerOk = true;
        foreach (var column in columns)
        {
            if (!TableKinds.Allows(kind, column))
            {
                errors.Add(new SeedError(file, header.Line, column,
                    $"is not a column of kind '{kind}'{NearMiss.Hint(column, TableKinds.ColumnsOf(kind))} (see seed/README.md)"));
                headerOk = false;
            }
        }
        foreach (var duplicate in columns.GroupBy(c => c).Where(g => g.Count() > 1))
        {
            errors.Add(new SeedError(file, header.Line, duplicate.Key, "is a column twice"));
            headerOk = false;
        }
        if (!columns.Contains("line"))
        {
            errors.Add(new SeedError(file, header.Line, "line", "the required column is missing"));
            headerOk = false;
        }
        if (!headerOk)
        {
            return rows;
        }
        foreach (var column in dash?.Columns.Where(c => !columns.Contains(c)) ?? [])
        {
            errors.Add(new SeedError(file, header.Line, column, $"is named in dash.columns in document.yaml but is not a column of this file{NearMiss.Hint(column, columns)}"));
            headerOk = false;
        }
        if (!headerOk)
        {
            return rows;
        }
        Func<string, string?> dashNotRecorded = dash is { Means: DashManifest.NotRecorded }
            ? column => dash.Columns.Count == 0 || dash.Columns.Contains(column) ? $"tidak dicatat: {dash.Reason}" : null
            : _ => null;
        if (TableKinds.BetterFit(kind, columns) is { } fit)
        {
            warnings.Add(new SeedError(file, header.Line, null,
                $"the columns {string.Join(", ", fit.Columns)} are those of kind '{fit.Kind}': a '{kind}' table keeps them as text only (no {fit.Kind} are loaded from it); check the table's kind in document.yaml"));
        }
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != columns.Length)
            {
                errors.Add(new SeedError(file, record.Line, null, $"has {record.Fields.Count} fields, the header has {columns.Length}"));
                continue;
            }
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                var value = record.Fields[i].Trim();
                if (value.Length > 0)
                {
                    cells[columns[i]] = value;
                }
            }
            var lines = ParseLines(cells.GetValueOrDefault("line") ?? "");
            if (lines is null)
            {
                errors.Add(new SeedError(file, record.Line, "line", $"'{cells.GetValueOrDefault("line")}' is not a source line or range like 588 or 609-611"));
                continue;
            }
            if (cells.TryGetValue("total", out var total) && total != "yes")
            {
                errors.Add(new SeedError(file, record.Line, "total", $"'{total}' must be 'yes' or empty"));
                continue;
            }
            var tooLong = cells.Where(c => TableKinds.MaxLength(kind, c.Key) is { } max && c.Value.Length > max).ToList();
            foreach (var (column, value) in tooLong)
            {
                errors.Add(new SeedError(file, record.Line, column, $"is {value.Length} characters long; at most {TableKinds.MaxLength(kind, column)} are stored"));
            }
            if (tooLong.Count > 0)
            {
                continue;
            }
            rows.Add(new SeedRow
            {
                File = file,
                SeedLine = record.Line,
                Ordinal = rows.Count + 1,
                Cells = cells,
                LineFrom = lines.Value.From,
                LineTo = lines.Value.To,
                DashNotRecorded = dashNotRecorded,
            });
        }
        return rows;
    }

    /// <summary>A table's dash: zero or not-recorded, and a reason when not recorded (where the document says so).</summary>
    private static DashManifest? CheckDash(TableManifest table, string field, Action<bool, string, string> check)
    {
        if (table.Dash is not { } dash)
        {
            return null;
        }
        check(dash.Means is DashManifest.Zero or DashManifest.NotRecorded, $"{field}.dash.means",
            $"'{dash.Means}' is not {DashManifest.Zero} or {DashManifest.NotRecorded}{NearMiss.Hint(dash.Means, [DashManifest.Zero, DashManifest.NotRecorded])}");
        check(dash.Means != DashManifest.NotRecorded || dash.Reason.Trim().Length > 0, $"{field}.dash.reason",
            "is required: where and how the document says a '-' means not recorded (e.g. \"L4534-4539: ...\")");
        check(dash.Reason.Length <= 180, $"{field}.dash.reason", $"is {dash.Reason.Length} characters long; at most 180 are stored");
        return dash;
    }

    /// <summary>The original publication: an address that is a web address, a hash that is a SHA-256.</summary>
    private static void CheckOriginal(OriginalManifest? original, Action<bool, string, string> check)
    {
        if (original is null)
        {
            return;
        }
        check(original.Url is null || Uri.TryCreate(original.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
            "original.url", $"'{original.Url}' is not a web address like https://dinsos.example.go.id/lkjip-2022.pdf");
        check(original.Sha256 is null || Sha256().IsMatch(original.Sha256), "original.sha256",
            $"'{original.Sha256}' is not a SHA-256 (64 hexadecimal digits, as sha256sum prints it)");
    }

    /// <summary>The region's scale: classes from the highest to the lowest, or the five bands' thresholds falling above zero.</summary>
    private static void CheckScale(CapaianScaleManifest? scale, Action<bool, string, string> check)
    {
        if (scale is null)
        {
            return;
        }
        const string field = "region.capaian_scale";
        check(scale.Name.Length > 0, $"{field}.name", "is required");
        if (scale.Classes.Count > 0)
        {
            check(!scale.HasBands, field, "give either classes or the four thresholds (sangat_tinggi_from ...), not both");
            for (var i = 0; i < scale.Classes.Count; i++)
            {
                var c = scale.Classes[i];
                check(c.Label.Trim().Length is > 0 and <= 100, $"{field}.classes[{i}].label", "is required (the class's name as the region prints it, at most 100 characters)");
                check(c.From is null || c.Above is null, $"{field}.classes[{i}]", "give from (inclusive) or above (exclusive), not both");
            }
            if (scale.Classes.All(c => c.Label.Trim().Length > 0 && (c.From is null || c.Above is null)))
            {
                var problem = CapaianScale.Problem(scale.ToScale(null).Classes);
                check(problem is null, $"{field}.classes", problem ?? "");
            }
            return;
        }
        check(scale.SangatTinggiFrom > scale.TinggiFrom && scale.TinggiFrom > scale.SedangFrom && scale.SedangFrom > scale.RendahFrom && scale.RendahFrom > 0,
            field, $"the thresholds must fall: sangat_tinggi_from ({scale.SangatTinggiFrom}) > tinggi_from ({scale.TinggiFrom}) > "
                + $"sedang_from ({scale.SedangFrom}) > rendah_from ({scale.RendahFrom}) > 0 (or give classes)");
    }

    private static IEnumerable<(string Field, string? Value, int Max)> ManifestLengths(DocumentManifest m)
    {
        yield return ("key", m.Key, 100);
        yield return ("title", m.Title, 500);
        yield return ("source_file", m.SourceFile, 300);
        yield return ("published_place", m.PublishedPlace, 100);
        yield return ("agency.key", m.Agency.Key, 64);
        yield return ("agency.name", m.Agency.Name, 300);
        yield return ("region.name", m.Region.Name, 200);
        yield return ("region.province", m.Region.Province, 200);
        yield return ("signatory.name", m.Signatory?.Name, 200);
        yield return ("signatory.position", m.Signatory?.Position, 300);
        yield return ("signatory.rank", m.Signatory?.Rank, 100);
        yield return ("region.capaian_scale.name", m.Region.CapaianScale?.Name, 100);
        yield return ("region.capaian_scale.source", m.Region.CapaianScale?.Source, 300);
        yield return ("original.title", m.Original?.Title, 500);
        yield return ("original.publisher", m.Original?.Publisher, 300);
        yield return ("original.url", m.Original?.Url, 500);
        foreach (var t in m.Tables)
        {
            yield return ($"tables[{t.Key}].key", t.Key, 100);
            yield return ($"tables[{t.Key}].number", t.Number, 32);
            yield return ($"tables[{t.Key}].caption", t.Caption, 500);
        }
    }

    /// <summary>
    /// The number of lines of the source text file when it stands beside document.yaml (the loader does not need it;
    /// when it is there, every row's lines are checked against it); null when it is not there.
    /// </summary>
    private static int? SourceLineCount(string folder, string sourceFile)
    {
        var path = Path.Combine(folder, Path.GetFileName(sourceFile));
        return sourceFile.Length > 0 && File.Exists(path) ? File.ReadLines(path).Count() : null;
    }

    /// <summary>
    /// A row's lines outside its table's stated lines are a warning (a table's lines are often given loosely); lines past
    /// the end of the source file, when it is beside document.yaml, are an error.
    /// </summary>
    private static void CheckRowLines(List<SeedRow> rows, string tableField, (int From, int To) range, string sourceFile, int? sourceLines,
        List<SeedError> errors, List<SeedError> warnings)
    {
        foreach (var row in rows)
        {
            if (sourceLines is { } last && row.LineTo > last)
            {
                errors.Add(row.Error("line", $"line {row.LineTo} is past the end of {sourceFile} ({last} lines)"));
            }
            else if (row.LineFrom < range.From || row.LineTo > range.To)
            {
                warnings.Add(row.Error("line", $"{Lines(row.LineFrom, row.LineTo)} is outside the table's lines {Lines(range.From, range.To)} ({tableField}.lines in document.yaml)"));
            }
        }
    }

    private static string Lines(int from, int to) => from == to ? $"{from}" : $"{from}-{to}";

    private static (int From, int To)? ParseLines(string text)
    {
        var m = LineRange().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }
        var from = int.Parse(m.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
        return from >= 1 && to >= from ? (from, to) : null;
    }

    private static string Relative(string path, string root) => Path.GetRelativePath(root, path).Replace('\\', '/');

    [GeneratedRegex(@"^L?(?<from>[0-9]+)(\s*[-–]\s*L?(?<to>[0-9]+))?$")]
    private static partial Regex LineRange();

    [GeneratedRegex(@"^[0-9]{2}(\.[0-9]{2}){1,3}$")]
    private static partial Regex RegionCode();

    /// <summary>As the database's check: 18 to 24 digits and spaces.</summary>
    [GeneratedRegex("^[0-9 ]{18,24}$")]
    private static partial Regex Nip();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Key();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex TableKey();

    /// <summary>A printed page: arabic (1 to 9999) or a lowercase roman numeral of the front matter.</summary>
    [GeneratedRegex("^([1-9][0-9]{0,3}|[ivxlc]{1,8})$")]
    private static partial Regex Page();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}
