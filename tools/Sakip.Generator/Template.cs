using YamlDotNet.RepresentationModel;

namespace Sakip.Generator;

/// <summary>One table of a template document: its manifest entry (as ordered key/value pairs) and its rows.</summary>
public sealed class TemplateTable
{
    public required string Key { get; init; }
    public required string Kind { get; init; }
    public required int Ordinal { get; init; }
    /// <summary>The year its figures are for (the table's <c>year</c>, or the document's).</summary>
    public required int Year { get; init; }
    public required List<KeyValuePair<string, string>> Manifest { get; init; }
    public required string[] Header { get; init; }
    public required List<string[]> Rows { get; init; }

    public int Column(string name) => Array.IndexOf(Header, name);

    public string Cell(string[] row, string name) => Column(name) is var i and >= 0 ? row[i] : "";

    public bool IsTotal(string[] row) => Cell(row, "total").Equals("yes", StringComparison.OrdinalIgnoreCase);

    /// <summary>A Renstra/RPJMD series: three or more target_YYYY columns. It is the agency's plan, the same in every year's document.</summary>
    public bool IsPeriodTable => Header.Count(h => h.StartsWith("target_", StringComparison.Ordinal)) >= 3;
}

/// <summary>A real document of the templates folder, read generically (its kind from document.yaml).</summary>
public sealed class TemplateDocument
{
    public required string Key { get; init; }
    public required string Kind { get; init; }
    public required int Year { get; init; }
    public required string Title { get; init; }
    public required string AgencyName { get; init; }
    public required string RegionName { get; init; }
    /// <summary>Top-level scalar fields other than those the generator writes itself, in file order.</summary>
    public required List<KeyValuePair<string, string>> Scalars { get; init; }
    public required List<KeyValuePair<string, string>> Signatory { get; init; }
    public required List<TemplateTable> Tables { get; init; }

    public static TemplateDocument Read(string folder)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(folder, "document.yaml")))
        {
            stream.Load(reader);
        }
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        string Scalar(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value ?? "" : "";
        List<KeyValuePair<string, string>> Pairs(YamlNode? node) => node is YamlMappingNode map
            ? map.Children.Where(c => c.Value is YamlScalarNode).Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ((YamlScalarNode)c.Value).Value ?? "")).ToList()
            : [];
        var year = int.Parse(Scalar(root, "year"));
        var tables = new List<TemplateTable>();
        if (root.Children.TryGetValue(new YamlScalarNode("tables"), out var list) && list is YamlSequenceNode sequence)
        {
            foreach (var entry in sequence.Children.OfType<YamlMappingNode>())
            {
                var key = Scalar(entry, "key");
                var (header, rows) = Csv.Read(Path.Combine(folder, key + ".csv"));
                var tableYear = Scalar(entry, "year");
                tables.Add(new TemplateTable
                {
                    Key = key,
                    Kind = Scalar(entry, "kind"),
                    Ordinal = tables.Count,
                    Year = tableYear.Length > 0 ? int.Parse(tableYear) : year,
                    Manifest = Pairs(entry),
                    Header = header,
                    Rows = rows,
                });
            }
        }
        string[] own = ["key", "kind", "year", "title", "region", "agency", "signatory", "tables", "published_on"];
        var region = root.Children[new YamlScalarNode("region")] as YamlMappingNode;
        var agency = root.Children[new YamlScalarNode("agency")] as YamlMappingNode;
        return new TemplateDocument
        {
            Key = Scalar(root, "key"),
            Kind = Scalar(root, "kind"),
            Year = year,
            Title = Scalar(root, "title"),
            AgencyName = agency is null ? "" : Scalar(agency, "name"),
            RegionName = region is null ? "" : Scalar(region, "name"),
            Scalars = Pairs(root).Where(p => !own.Contains(p.Key)).Prepend(KeyValuePair.Create("published_on", Scalar(root, "published_on"))).ToList(),
            Signatory = root.Children.TryGetValue(new YamlScalarNode("signatory"), out var s) ? Pairs(s) : [],
            Tables = tables,
        };
    }
}
