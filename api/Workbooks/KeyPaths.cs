using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Sakip.Api.Workbooks;

/// <summary>One value of document.yaml at its key path: region.code, signatory.nip, dash.columns[] (a list of plain values).</summary>
public sealed record KeyPathValue(string Path, string Value);

/// <summary>
/// document.yaml as key paths and values, and back. Generic, so a key the code does not know yet (a new region policy such
/// as region.capaian_scale.classes[0].label) goes through a workbook unchanged: a mapping's keys join with '.', a list of
/// mappings numbers its items ([0], [1]), and a list of plain values is one value written as a YAML flow list without
/// its brackets (dash.columns[] = "terdata, tertangani").
/// </summary>
public static partial class KeyPaths
{
    public static List<KeyPathValue> Flatten(YamlNode node, string path = "")
    {
        var values = new List<KeyPathValue>();
        Flatten(node, path, values);
        return values;
    }

    private static void Flatten(YamlNode node, string path, List<KeyPathValue> values)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    Flatten(value, path.Length == 0 ? name : $"{path}.{name}", values);
                }
                break;
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                values.Add(new KeyPathValue(path + "[]", string.Join(", ", sequence.Children.Select(c => FlowItem(((YamlScalarNode)c).Value ?? "")))));
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Flatten(sequence.Children[i], $"{path}[{i}]", values);
                }
                break;
            case YamlScalarNode scalar:
                values.Add(new KeyPathValue(path, scalar.Value ?? ""));
                break;
        }
    }

    /// <summary>A list item as written in a flow list: plain when nothing in it needs quoting.</summary>
    private static string FlowItem(string value) => PlainItem().IsMatch(value) ? value : Quoted(value);

    /// <summary>A path's syntax problem, or null: names of letters, digits, '_' and '-' joined by '.', item numbers in [], a final [] for a list.</summary>
    public static string? Problem(string path) => PathSyntax().IsMatch(path)
        ? null
        : $"'{path}' is not a key path like region.code, region.capaian_scale.classes[0].label or dash.columns[]";

    /// <summary>
    /// The YAML for key paths and values (each path already checked with <see cref="Problem"/>; empty values are left
    /// out, as an absent key). Problems (a path that is both a value and a parent, a path given twice, an unreadable list)
    /// are reported through <paramref name="problem"/> with the index of the value.
    /// </summary>
    public static Node Build(IEnumerable<(KeyPathValue Value, int Index)> values, Action<int, string> problem)
    {
        var root = new Node();
        foreach (var (value, index) in values)
        {
            if (value.Value.Length == 0)
            {
                continue;
            }
            var node = root;
            var parts = Segments().Matches(value.Path).Select(m => m.Value).ToList();
            var ok = true;
            for (var i = 0; i < parts.Count && ok; i++)
            {
                var part = parts[i];
                if (part == "[]")
                {
                    break;
                }
                // A node holds a value, a list, named keys or numbered items: never two of them.
                var item = part.StartsWith('[');
                if (node.Scalar is not null || node.List is not null || node.Children.Count > 0 && node.Children[0].Key.StartsWith('[') != item
                    || item && i > 0 && parts[i - 1].StartsWith('['))
                {
                    ok = false;
                    break;
                }
                node = node.Child(part);
            }
            if (!ok || node.Scalar is not null || node.List is not null || node.Children.Count > 0)
            {
                problem(index, $"'{value.Path}' is given twice, or clashes with another key path (a value, a group of keys and numbered items cannot share a path)");
                continue;
            }
            if (value.Path.EndsWith("[]", StringComparison.Ordinal))
            {
                if (ParseFlowList(value.Value) is { } list)
                {
                    node.List = list;
                }
                else
                {
                    problem(index, $"'{value.Value}' is not a list of values separated by commas (quote a value holding a comma: \"a, b\")");
                }
                continue;
            }
            node.Scalar = value.Value;
        }
        return root;
    }

    private static List<string>? ParseFlowList(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader($"[{text}]"));
            return stream.Documents[0].RootNode is YamlSequenceNode { } sequence && sequence.Children.All(c => c is YamlScalarNode)
                ? sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList()
                : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    /// <summary>Every value double-quoted: YAML then reads it as text exactly ("0063", "yes", "~"), and a number key still reads as a number.</summary>
    public static string Quoted(string value) => JsonSerializer.Serialize(value, QuoteOptions);

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A mapping, a list of values or a value, built from key paths; its children keep the order they were first given in.</summary>
    public sealed class Node
    {
        public string? Scalar { get; set; }
        public List<string>? List { get; set; }
        public List<(string Key, Node Node)> Children { get; } = [];

        internal Node Child(string part)
        {
            foreach (var (key, node) in Children)
            {
                if (key == part)
                {
                    return node;
                }
            }
            var child = new Node();
            Children.Add((part, child));
            return child;
        }

        /// <summary>Writes this mapping as YAML, two spaces per level; items ([0], [1]) become a block list in their number's order.</summary>
        public void WriteYaml(StringBuilder text, int indent = 0)
        {
            foreach (var (key, node) in Children)
            {
                WriteEntry(text, indent, key, node);
            }
        }

        private static void WriteEntry(StringBuilder text, int indent, string key, Node node)
        {
            var pad = new string(' ', indent);
            text.Append(pad).Append(key).Append(':');
            if (node.Scalar is { } scalar)
            {
                text.Append(' ').Append(Quoted(scalar)).Append('\n');
            }
            else if (node.List is { } list)
            {
                text.Append(" [").Append(string.Join(", ", list.Select(Quoted))).Append("]\n");
            }
            else if (node.Children.Count > 0 && node.Children.All(c => c.Key.StartsWith('[')))
            {
                text.Append('\n');
                foreach (var (_, item) in node.Children.OrderBy(c => int.Parse(c.Key.Trim('[', ']'), CultureInfo.InvariantCulture)))
                {
                    var itemText = new StringBuilder();
                    item.WriteItem(itemText, indent + 4);
                    // "  - " starts the item; its first line's own indentation is replaced by the dash.
                    text.Append(pad).Append("  - ").Append(itemText.ToString().TrimStart(' '));
                }
            }
            else
            {
                text.Append('\n');
                node.WriteYaml(text, indent + 2);
            }
        }

        private void WriteItem(StringBuilder text, int indent)
        {
            if (Scalar is { } scalar)
            {
                text.Append(Quoted(scalar)).Append('\n');
            }
            else
            {
                WriteYaml(text, indent);
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+|\[[0-9]+\])*(\[\])?$")]
    private static partial Regex PathSyntax();

    [GeneratedRegex(@"[A-Za-z0-9_-]+|\[[0-9]*\]")]
    private static partial Regex Segments();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.+/ -]*$")]
    private static partial Regex PlainItem();
}
