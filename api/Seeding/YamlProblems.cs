using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization.NamingConventions;

namespace Sakip.Api.Seeding;

/// <summary>
/// Says what is wrong in a document.yaml in the words its writer used: the key path (region.capaian_scale.tinggi_from,
/// tables[T1.3].kind) and the keys allowed there, instead of YamlDotNet's .NET type names.
/// </summary>
public static partial class YamlProblems
{
    public static SeedError Describe(string file, string yaml, YamlException e)
    {
        var line = (int)e.Start.Line;
        var path = KeyPath(yaml, e.Start);
        if (UnknownProperty().Match(e.Message) is { Success: true } unknown)
        {
            var key = unknown.Groups["key"].Value;
            var known = KnownKeys(unknown.Groups["type"].Value);
            var parent = path is null ? null : ParentOf(path);
            var where = string.IsNullOrEmpty(parent) ? "at the top level" : $"under '{parent}'";
            return new SeedError(file, line, path ?? key,
                $"'{key}' is not a key {where}{NearMiss.Hint(key, known)} (keys here: {string.Join(", ", known)}; see seed/README.md)");
        }
        if (e.InnerException is FormatException or OverflowException)
        {
            var value = ValueAt(yaml, e.Start);
            return new SeedError(file, line, path, $"'{value}' is not a number");
        }
        return new SeedError(file, line, path, e.InnerException?.Message ?? e.Message);
    }

    /// <summary>
    /// Every key the manifest classes do not have, each with its key path, line and nearest known key (the deserialiser
    /// ignores them, so one run lists them all rather than the first).
    /// </summary>
    public static List<SeedError> UnknownKeys(string file, string yaml, Type type)
    {
        var errors = new List<SeedError>();
        if (Parse(yaml) is { } root)
        {
            Walk(root, type, "", file, errors);
        }
        return errors;
    }

    private static void Walk(YamlNode node, Type type, string path, string file, List<SeedError> errors)
    {
        if (node is YamlSequenceNode sequence && ItemType(type) is { } item)
        {
            var i = 0;
            foreach (var child in sequence.Children)
            {
                Walk(child, item, $"{path}[{Label(child, i++)}]", file, errors);
            }
            return;
        }
        if (node is not YamlMappingNode mapping || !IsManifest(type))
        {
            return;
        }
        var properties = type.GetProperties().Where(p => p.CanWrite).ToDictionary(p => UnderscoredNamingConvention.Instance.Apply(p.Name), StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            var here = path.Length == 0 ? name : $"{path}.{name}";
            if (properties.TryGetValue(name, out var property))
            {
                Walk(value, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, here, file, errors);
                continue;
            }
            var where = path.Length == 0 ? "at the top level" : $"under '{path}'";
            errors.Add(new SeedError(file, (int)key.Start.Line, here,
                $"'{name}' is not a key {where}{NearMiss.Hint(name, properties.Keys)} (keys here: {string.Join(", ", properties.Keys)}; see seed/README.md)"));
        }
    }

    private static bool IsManifest(Type type) => type.Namespace == typeof(DocumentManifest).Namespace && type.IsClass;

    private static Type? ItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static string Label(YamlNode item, int index) =>
        item is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("key"), out var k) && k is YamlScalarNode { Value: { } key }
            ? key : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The line of a key path (region.capaian_scale, tables[T1.3].kind) in the text; null when it is not written there.</summary>
    public static int? LineOf(string yaml, string path)
    {
        var node = Parse(yaml);
        int? line = null;
        foreach (System.Text.RegularExpressions.Match part in PathPart().Matches(path))
        {
            if (part.Groups["key"].Success && node is YamlMappingNode mapping
                && mapping.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == part.Groups["key"].Value) is { Key: not null } entry)
            {
                (node, line) = (entry.Value, (int)entry.Key.Start.Line);
            }
            else if (part.Groups["item"].Success && node is YamlSequenceNode sequence
                && sequence.Children.Select((c, i) => (c, i)).FirstOrDefault(x => Label(x.c, x.i) == part.Groups["item"].Value) is { c: not null } item)
            {
                (node, line) = (item.c, (int)item.c.Start.Line);
            }
            else
            {
                break;
            }
        }
        return line;
    }

    /// <summary>The keys of the manifest class YamlDotNet named, as they are written in YAML.</summary>
    private static List<string> KnownKeys(string typeName) =>
        typeof(DocumentManifest).Assembly.GetType(typeName) is { } type
            ? type.GetProperties().Where(p => p.CanWrite).Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name)).ToList()
            : [];

    private static string ParentOf(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? "" : path[..dot];
    }

    /// <summary>The key path of the node at a mark: region.code, tables[T1.3].lines; null when the text does not parse.</summary>
    private static string? KeyPath(string yaml, Mark mark)
    {
        var root = Parse(yaml);
        return root is null ? null : Find(root, mark, "");
    }

    private static string? Find(YamlNode node, Mark mark, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode s ? s.Value ?? "" : "?";
                    var here = path.Length == 0 ? name : $"{path}.{name}";
                    if (Same(key.Start, mark))
                    {
                        return here;
                    }
                    if (Contains(value, mark))
                    {
                        return Find(value, mark, here) ?? here;
                    }
                }
                return null;
            case YamlSequenceNode sequence:
                var i = 0;
                foreach (var item in sequence.Children)
                {
                    var label = Label(item, i);
                    if (Contains(item, mark))
                    {
                        return Find(item, mark, $"{path}[{label}]") ?? $"{path}[{label}]";
                    }
                    i++;
                }
                return null;
            default:
                return null;
        }
    }

    private static bool Contains(YamlNode node, Mark mark) => Compare(node.Start, mark) <= 0 && Compare(mark, node.End) <= 0;

    private static bool Same(Mark a, Mark b) => Compare(a, b) == 0;

    private static int Compare(Mark a, Mark b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);

    private static string? ValueAt(string yaml, Mark mark)
    {
        var root = Parse(yaml);
        return root is null ? null : Scalars(root).FirstOrDefault(s => Same(s.Start, mark))?.Value;
    }

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s],
        YamlMappingNode m => m.Children.SelectMany(c => Scalars(c.Key).Concat(Scalars(c.Value))),
        YamlSequenceNode q => q.Children.SelectMany(Scalars),
        _ => [],
    };

    private static YamlNode? Parse(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return null; // text that does not parse: its error is YamlDotNet's, with the line it gives
        }
    }

    [GeneratedRegex(@"(?<key>[^.\[\]]+)|\[(?<item>[^\]]*)\]")]
    private static partial Regex PathPart();

    [GeneratedRegex(@"^Property '(?<key>[^']+)' not found on type '(?<type>[^']+)'")]
    private static partial Regex UnknownProperty();
}
