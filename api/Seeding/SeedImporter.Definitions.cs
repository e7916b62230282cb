using System.Text.RegularExpressions;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Statistics;

namespace Sakip.Api.Seeding;

internal sealed partial class SeedImporter
{
    private void CollectDefinitions(SeedDocument document, AgencyScope scope)
    {
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Where(r => !r.IsTotal))
            {
                switch (table.Kind)
                {
                    case TableKinds.Units:
                        CollectUnit(row, scope);
                        break;
                    case TableKinds.Indicators:
                        CollectPlan(row, scope);
                        break;
                    case TableKinds.Ppks:
                        CollectCategory(row, scope);
                        break;
                }
            }
        }
    }

    private void CollectUnit(SeedRow row, AgencyScope scope)
    {
        if (RequiredKey(row, "key") is not { } key)
        {
            return;
        }
        if (scope.Units.TryGetValue(key, out var existing))
        {
            // Each year's document lists the agency's organisation again: there it is the same unit, first listing wins.
            if (Path.GetDirectoryName(existing.FirstUse.File) != Path.GetDirectoryName(row.File))
            {
                return;
            }
            _errors.Add(row.Error("key", $"unit '{key}' is already defined at {existing.FirstUse.File}:{existing.FirstUse.SeedLine}"));
            return;
        }
        var name = Required(row, "name");
        var kind = ParseEnum<UnitKind>(row, "kind", required: true);
        var echelon = row.Text("echelon");
        if (echelon is not null && echelon is not ("I" or "II" or "III" or "IV" or "V"))
        {
            _errors.Add(row.Error("echelon", $"'{echelon}' is not an eselon I to V"));
        }
        if (name is null || kind is null)
        {
            return;
        }
        var unit = new Unit
        {
            RegionId = scope.Region.Id,
            AgencyId = scope.Agency.Id,
            Key = key,
            Kind = kind.Value,
            Name = name,
            SourceRowId = _sourceRows[row].Id,
        };
        buffer.Add(unit);
        scope.Units[key] = new UnitDefinition(key, row) { ParentKey = row.Text("parent"), Entity = unit, DefiningRow = row };
        if (row.Text("head") is { } head)
        {
            var official = new Official
            {
                RegionId = scope.Region.Id,
                AgencyId = scope.Agency.Id,
                Unit = unit,
                Position = head,
                Echelon = echelon,
            };
            scope.Officials.Add(official);
            buffer.Add(official);
        }
    }

    private void CollectPlan(SeedRow row, AgencyScope scope)
    {
        foreach (var field in new[] { "unit", "responsible" })
        {
            if (row.Text(field) is { } unitKey)
            {
                scope.UnitReferences.Add((row, field, unitKey));
            }
        }
        if (row.Text("parent") is { } parentKey)
        {
            scope.NodeReferences.Add((row, "parent", parentKey));
        }
        if (row.Text("node") is { } nodeKey && ValidKey(row, "node", nodeKey))
        {
            if (!scope.Nodes.TryGetValue(nodeKey, out var node))
            {
                node = scope.Nodes[nodeKey] = new NodeDefinition(nodeKey, row);
            }
            if (ParseLevel(row) is { } level)
            {
                if (node.Level is { } known && known != level)
                {
                    _errors.Add(row.Error("level", $"node '{nodeKey}' is a {known} at {node.FirstUse.File}:{node.FirstUse.SeedLine}, not a {level}"));
                }
                node.Level ??= level;
            }
            node.Describe(row);
        }
        else if (row.Text("level") is not null || row.Text("name") is not null)
        {
            _errors.Add(row.Error("node", "a row that names a plan node needs its key"));
        }
        if (row.Text("serves") is { } servedKey && ValidKey(row, "serves", servedKey))
        {
            if (row.Text("node") is { } servingKey)
            {
                scope.Contributions.Add((row, servingKey, servedKey));
            }
            else
            {
                _errors.Add(row.Error("node", "a row that lists a node under an indicator (serves) needs the node's key"));
            }
        }

        if (row.Text("indicator") is { } indicatorKey && ValidKey(row, "indicator", indicatorKey))
        {
            if (!scope.Indicators.TryGetValue(indicatorKey, out var indicator))
            {
                indicator = scope.Indicators[indicatorKey] = new IndicatorDefinition(indicatorKey, row);
            }
            indicator.Describe(row);
        }
        else if (row.Text("indicator_name") is not null)
        {
            _errors.Add(row.Error("indicator", "a row that names an indicator needs its key"));
        }
    }

    private void CollectCategory(SeedRow row, AgencyScope scope)
    {
        if (RequiredKey(row, "key") is not { } key || scope.Categories.ContainsKey(key))
        {
            return;
        }
        var name = row.Text("category") ?? row.Text("group");
        if (name is null)
        {
            _errors.Add(row.Error("category", "a new category needs its label (category or group)"));
            return;
        }
        var category = new PpksCategory
        {
            RegionId = scope.Region.Id,
            Key = key,
            Name = name,
            GroupNo = row.Text("group_no"),
            GroupName = row.Text("group"),
            SourceRowId = _sourceRows[row].Id,
        };
        buffer.Add(category);
        scope.Categories[key] = new CategoryDefinition(key, row) { Entity = category, DefiningRow = row };
    }

    /// <summary>Resolves the keys the rows referenced, and builds nodes and indicators once all rows are read.</summary>
    private void BuildDefinitions(AgencyScope scope)
    {
        foreach (var (row, field, key) in scope.UnitReferences.Where(r => !scope.Units.ContainsKey(r.Key)))
        {
            _errors.Add(row.Error(field, $"no unit has the key '{key}' (units come from the organisation table)"));
        }
        foreach (var (row, field, key) in scope.NodeReferences.Where(r => !scope.Nodes.ContainsKey(r.Key)))
        {
            _errors.Add(row.Error(field, $"no plan node has the key '{key}'"));
        }
        foreach (var unit in scope.Units.Values.Where(u => u.ParentKey is not null))
        {
            if (scope.Units.TryGetValue(unit.ParentKey!, out var parent))
            {
                unit.Entity!.Parent = parent.Entity;
            }
            else
            {
                _errors.Add(unit.FirstUse.Error("parent", $"no unit has the key '{unit.ParentKey}'"));
            }
        }

        foreach (var node in scope.Nodes.Values)
        {
            if (node.Level is null || node.Name is null)
            {
                _errors.Add(node.FirstUse.Error(node.Level is null ? "level" : "name",
                    $"plan node '{node.Key}' is never given a {(node.Level is null ? "level" : "name")} in any table"));
                continue;
            }
            node.Entity = new PlanNode
            {
                RegionId = scope.Region.Id,
                AgencyId = scope.Agency.Id,
                Key = node.Key,
                Level = node.Level.Value,
                Code = node.Code,
                Name = node.Name,
                Goal = node.Goal,
                Unit = ResolveUnit(scope, node.UnitKey, node.UnitRow, "unit"),
                SourceRowId = _sourceRows[node.DefiningRow ?? node.FirstUse].Id,
            };
            buffer.Add(node.Entity);
        }
        foreach (var node in scope.Nodes.Values.Where(n => n.Entity is not null && n.ParentKey is not null))
        {
            if (scope.Nodes.TryGetValue(node.ParentKey!, out var parent) && parent.Entity is not null)
            {
                node.Entity!.Parent = parent.Entity;
            }

        }
        ReportCycles(scope);

        foreach (var indicator in scope.Indicators.Values)
        {
            var row = indicator.DefiningRow ?? indicator.FirstUse;
            if (indicator.Name is null)
            {
                _errors.Add(indicator.FirstUse.Error("indicator_name", $"indicator '{indicator.Key}' is never given a name in any table"));
                continue;
            }
            if (indicator.NodeKey is null)
            {
                _errors.Add(row.Error("node", $"indicator '{indicator.Key}' is never placed on a plan node"));
                continue;
            }
            if (!scope.Nodes.TryGetValue(indicator.NodeKey, out var node) || node.Entity is null)
            {
                if (node is null)
                {
                    _errors.Add(row.Error("node", $"no plan node has the key '{indicator.NodeKey}'"));
                }
                continue;
            }
            var kind = indicator.Kind is null ? KindOf(node.Entity.Level) : ParseEnumText<IndicatorKind>(row, "indicator_kind", indicator.Kind);
            var polarity = indicator.Polarity switch
            {
                null or "higher" => Polarity.HigherIsBetter,
                "lower" => Polarity.LowerIsBetter,
                _ => Invalid<Polarity>(row, "polarity", $"'{indicator.Polarity}' is not 'higher' or 'lower'"),
            };
            var aggregation = indicator.Aggregation is null ? (Aggregation?)null : ParseEnumText<Aggregation>(row, "aggregation", indicator.Aggregation);
            indicator.Entity = new Indicator
            {
                RegionId = scope.Region.Id,
                AgencyId = scope.Agency.Id,
                Key = indicator.Key,
                PlanNode = node.Entity,
                Name = indicator.Name,
                Unit = indicator.Satuan,
                Kind = kind ?? KindOf(node.Entity.Level),
                Polarity = polarity,
                Aggregation = aggregation,
                Definition = indicator.Definition,
                Formula = indicator.Formula,
                ResponsibleUnit = ResolveUnit(scope, indicator.ResponsibleKey, indicator.ResponsibleRow, "responsible"),
                SourceRowId = _sourceRows[row].Id,
            };
            buffer.Add(indicator.Entity);
        }
        BuildContributions(scope);
    }

    /// <summary>One contribution per node and indicator: the first row that lists the node under the indicator.</summary>
    private void BuildContributions(AgencyScope scope)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var (row, nodeKey, indicatorKey) in scope.Contributions)
        {
            if (!scope.Indicators.TryGetValue(indicatorKey, out var indicator))
            {
                _errors.Add(row.Error("serves", $"no indicator has the key '{indicatorKey}'"));
                continue;
            }
            if (!scope.Nodes.TryGetValue(nodeKey, out var node) || node.Entity is null || indicator.Entity is null || !seen.Add((nodeKey, indicatorKey)))
            {
                continue;
            }
            if (indicator.NodeKey == nodeKey)
            {
                _errors.Add(row.Error("serves", $"'{indicatorKey}' is an indicator of the node '{nodeKey}' itself"));
                continue;
            }
            buffer.Add(new Contribution
            {
                RegionId = scope.Region.Id,
                PlanNode = node.Entity,
                Indicator = indicator.Entity,
                SourceRowId = _sourceRows[row].Id,
            });
        }
    }

    private void ReportCycles(AgencyScope scope)
    {
        foreach (var node in scope.Nodes.Values.Where(n => n.Entity is not null))
        {
            var seen = new HashSet<PlanNode>();
            for (var current = node.Entity; current is not null; current = current.Parent)
            {
                if (!seen.Add(current))
                {
                    _errors.Add((node.ParentRow ?? node.FirstUse).Error("parent", $"plan node '{node.Key}' is its own ancestor"));
                    node.Entity!.Parent = null;
                    break;
                }
            }
        }
    }

    private Unit? ResolveUnit(AgencyScope scope, string? key, SeedRow? row, string field)
    {
        if (key is null)
        {
            return null;
        }
        if (scope.Units.TryGetValue(key, out var unit))
        {
            return unit.Entity;
        }
        if (!scope.UnitReferences.Any(r => r.Row == row && r.Field == field))
        {
            _errors.Add(row!.Error(field, $"no unit has the key '{key}' (units come from the organisation table)"));
        }
        return null;
    }

    private static IndicatorKind KindOf(PlanLevel level) => level switch
    {
        PlanLevel.Misi or PlanLevel.RpjmdTujuan or PlanLevel.RpjmdSasaran => IndicatorKind.Rpjmd,
        PlanLevel.Tujuan => IndicatorKind.Tujuan,
        PlanLevel.Sasaran => IndicatorKind.Sasaran,
        PlanLevel.Program => IndicatorKind.Program,
        PlanLevel.Kegiatan => IndicatorKind.Kegiatan,
        _ => IndicatorKind.SubKegiatan,
    };

    private PlanLevel? ParseLevel(SeedRow row) => ParseEnum<PlanLevel>(row, "level", required: false);

    /// <summary>Reads a kebab-case value ("sub-kegiatan", "rpjmd-tujuan") into an enum.</summary>
    private T? ParseEnum<T>(SeedRow row, string field, bool required) where T : struct, Enum
    {
        var text = row.Text(field);
        if (text is null)
        {
            if (required)
            {
                _errors.Add(row.Error(field, "is required"));
            }
            return null;
        }
        return ParseEnumText<T>(row, field, text);
    }

    private T? ParseEnumText<T>(SeedRow row, string field, string text) where T : struct, Enum
    {
        if (Enum.TryParse<T>(text.Replace("-", ""), ignoreCase: true, out var value) && Kebab().IsMatch(text))
        {
            return value;
        }
        var names = string.Join(", ", Enum.GetNames<T>().Select(n => KebabName().Replace(n, "-$1").ToLowerInvariant()));
        _errors.Add(row.Error(field, $"'{text}' is not one of {names}"));
        return null;
    }

    private T Invalid<T>(SeedRow row, string field, string message) where T : struct
    {
        _errors.Add(row.Error(field, message));
        return default;
    }

    private string? Required(SeedRow row, string field)
    {
        var text = row.Text(field);
        if (text is null)
        {
            _errors.Add(row.Error(field, "is required"));
        }
        return text;
    }

    private string? RequiredKey(SeedRow row, string field) =>
        Required(row, field) is { } key && ValidKey(row, field, key) ? key : null;

    private bool ValidKey(SeedRow row, string field, string key)
    {
        if (KeyPattern().IsMatch(key))
        {
            return true;
        }
        _errors.Add(row.Error(field, $"'{key}' is not a key (lowercase letters, digits and hyphens)"));
        return false;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z][a-z-]*$")]
    private static partial Regex Kebab();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex KebabName();
}
