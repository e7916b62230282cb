using System.Security.Cryptography;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Sakip.Api.Seeding;

/// <summary>
/// The SHA-256 of what a document folder says, which decides whether a document changed (documents.content_hash, the
/// site's page inputs). document.yaml counts as its YAML tree (keys, items and values: not comments, quoting or layout)
/// and a CSV as its records with the line each starts on (not quoting, or comments that move no record), since that is all the loader stores. So a folder written anew from a workbook, or a comment added where it moves
/// no row, is the same document; any file that does not parse, and every other file, counts by its bytes.
/// </summary>
public static class ContentFingerprint
{
    public static string Of(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            var canonical = name == "document.yaml" ? Yaml(File.ReadAllText(file))
                : name.EndsWith(".csv", StringComparison.Ordinal) ? Csv(File.ReadAllText(file), file)
                : null;
            hash.AppendData(canonical is null ? File.ReadAllBytes(file) : Encoding.UTF8.GetBytes(canonical));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string? Yaml(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            var output = new StringBuilder("yaml\n");
            foreach (var document in stream.Documents)
            {
                Write(document.RootNode, output);
            }
            return output.ToString();
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    private static void Write(YamlNode node, StringBuilder output)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                output.Append('{');
                foreach (var (key, value) in mapping.Children)
                {
                    Write(key, output);
                    output.Append(':');
                    Write(value, output);
                    output.Append(',');
                }
                output.Append('}');
                break;
            case YamlSequenceNode sequence:
                output.Append('[');
                foreach (var item in sequence.Children)
                {
                    Write(item, output);
                    output.Append(',');
                }
                output.Append(']');
                break;
            case YamlScalarNode scalar:
                // Length-prefixed, so no value can pass for structure.
                output.Append(scalar.Value?.Length ?? -1).Append('\'').Append(scalar.Value);
                break;
        }
    }

    private static string? Csv(string text, string file)
    {
        var errors = new List<SeedError>();
        var records = CsvRecords.Parse(text, file, errors);
        if (errors.Count > 0)
        {
            return null;
        }
        var output = new StringBuilder("csv\n");
        foreach (var record in records)
        {
            output.Append(record.Line);
            foreach (var field in record.Fields)
            {
                output.Append('\t').Append(field.Length).Append('\'').Append(field);
            }
            output.Append('\n');
        }
        return output.ToString();
    }
}
