using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Sakip.Api.Documents;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Sakip.Api.Seeding;

/// <summary>Reads the seed folder: every document.yaml and every table CSV, checking their form.</summary>
public static partial class SeedReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
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

    /// <summary>The SHA-256 of a folder's files (names and bytes), what decides whether a document changed.</summary>
    public static string ContentHash(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Only the document.yaml of a folder, checked for form; null (with errors added) when it is not readable.</summary>
    public static DocumentManifest? ReadManifest(string folder, string repositoryRoot, List<SeedError> errors)
    {
        var manifestPath = Path.Combine(folder, "document.yaml");
        try
        {
            return Yaml.Deserialize<DocumentManifest>(File.ReadAllText(manifestPath)) ?? new DocumentManifest();
        }
        catch (YamlException e)
        {
            errors.Add(new SeedError(Relative(manifestPath, repositoryRoot), (int)e.Start.Line, null, e.InnerException?.Message ?? e.Message));
            return null;
        }
    }

    /// <summary>A whole document folder, read and checked for form; null (with errors added) when anything is wrong.</summary>
    public static SeedDocument? ReadDocument(string folder, string repositoryRoot, string stamp, List<SeedError> errors)
    {
        var document = ReadFolder(folder, Path.Combine(folder, "document.yaml"), repositoryRoot, errors);
        // Every file of the folder counts for the hash, a note beside the tables included.
        return document is null ? null : document with { ContentHash = ContentHash(folder), Stamp = stamp };
    }

    private static SeedDocument? ReadFolder(string folder, string manifestPath, string root, List<SeedError> errors)
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
            var inner = e.InnerException?.Message ?? e.Message;
            errors.Add(new SeedError(manifestFile, (int)e.Start.Line, null, inner));
            return null;
        }

        var before = errors.Count;
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors.Add(new SeedError(manifestFile, null, field, message));
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

        var tables = new List<SeedTable>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in manifest.Tables)
        {
            var field = $"tables[{table.Key}]";
            if (!listed.Add(table.Key))
            {
                errors.Add(new SeedError(manifestFile, null, field, "this table key is listed twice"));
                continue;
            }
            Check(TableKey().IsMatch(table.Key), $"{field}.key", $"'{table.Key}' is not a table key (letters, digits, '.', '-', '_')");
            Check(TableKinds.Exists(table.Kind), $"{field}.kind", $"'{table.Kind}' is not one of {string.Join(", ", TableKinds.Names)}");
            Check(table.Caption.Length > 0, $"{field}.caption", "is required");
            var range = ParseLines(table.Lines);
            Check(range is not null, $"{field}.lines", $"'{table.Lines}' is not a line range like 220-284");
            Check(table.Year is null or >= 2000 and <= 2100, $"{field}.year", $"{table.Year} is not a year between 2000 and 2100");
            var csvPath = Path.Combine(folder, table.Key + ".csv");
            if (!File.Exists(csvPath))
            {
                errors.Add(new SeedError(manifestFile, null, field, $"the file {table.Key}.csv does not exist"));
                continue;
            }
            if (!TableKinds.Exists(table.Kind) || range is null)
            {
                continue;
            }
            var csvFile = Relative(csvPath, root);
            var text = File.ReadAllText(csvPath);
            var rows = ReadRows(text, csvFile, table.Kind, errors);
            tables.Add(new SeedTable(table, csvFile, table.Year ?? manifest.Year, range.Value.From, range.Value.To, rows));
        }
        foreach (var csv in Directory.GetFiles(folder, "*.csv").Where(f => !listed.Contains(Path.GetFileNameWithoutExtension(f))))
        {
            errors.Add(new SeedError(Relative(csv, root), null, null, "this file is not listed under tables: in document.yaml"));
        }
        return errors.Count > before ? null : new SeedDocument(manifest, manifestFile, tables, "", "");
    }

    private static List<SeedRow> ReadRows(string text, string file, string kind, List<SeedError> errors)
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
                errors.Add(new SeedError(file, header.Line, column, $"is not a column of kind '{kind}' (see seed/README.md)"));
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
            rows.Add(new SeedRow
            {
                File = file,
                SeedLine = record.Line,
                Ordinal = rows.Count + 1,
                Cells = cells,
                LineFrom = lines.Value.From,
                LineTo = lines.Value.To,
            });
        }
        return rows;
    }

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

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Key();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex TableKey();
}
