namespace Sakip.Api.Seeding;

internal sealed partial class SeedImporter
{
    /// <summary>
    /// A figure of the prose (kind <c>narrative</c>): what it states and of what, checked against the agency's keys so the
    /// reconciliation can find the tables' figures for it. It is stored as its source row; the reconciliation compares it.
    /// </summary>
    private void CheckNarrative(SeedRow row, AgencyScope scope)
    {
        var states = row.Text("states");
        if (states is null)
        {
            _errors.Add(row.Error("states", $"is required: one of {string.Join(", ", TableKinds.NarrativeStates)}"));
            return;
        }
        if (!TableKinds.NarrativeStates.Contains(states))
        {
            _errors.Add(row.Error("states", $"'{states}' is not one of {string.Join(", ", TableKinds.NarrativeStates)}{NearMiss.Hint(states, TableKinds.NarrativeStates)}"));
            return;
        }
        if (row.Text("figure") is null)
        {
            _errors.Add(row.Error("figure", "is required: the figure as the sentence prints it"));
        }
        else
        {
            row.Figure("figure", _errors);
        }
        if (row.Text("table") is { } table && !_documentTables.Contains(table))
        {
            _errors.Add(row.Error("table", $"'{table}' is not a table of this document{NearMiss.Hint(table, _documentTables)}"));
        }
        if (row.Text("compare") is { } compare && compare is not ("equal" or "more-than" or "less-than"))
        {
            _errors.Add(row.Error("compare", $"'{compare}' is not one of equal, more-than, less-than{NearMiss.Hint(compare, ["equal", "more-than", "less-than"])}"));
        }
        if (row.Text("year") is { } year && !(int.TryParse(year, out var y) && y is >= 2000 and <= 2100))
        {
            _errors.Add(row.Error("year", $"'{year}' is not a year between 2000 and 2100"));
        }
        var needs = states switch
        {
            "target" or "realisation" or "capaian" => "indicator",
            "count" => "level",
            _ => null,
        };
        if (needs is not null && row.Text(needs) is null)
        {
            _errors.Add(row.Error(needs, $"is required when states is '{states}'"));
        }
        if (row.Text("indicator") is { } indicator && !scope.Indicators.ContainsKey(indicator))
        {
            _errors.Add(row.Error("indicator", $"'{indicator}' is not an indicator of this agency's documents{NearMiss.Hint(indicator, scope.Indicators.Keys)}"));
        }
        if (row.Text("node") is { } node && !scope.Nodes.ContainsKey(node))
        {
            _errors.Add(row.Error("node", $"'{node}' is not a plan node of this agency's documents{NearMiss.Hint(node, scope.Nodes.Keys)}"));
        }
        if (row.Text("category") is { } category && !scope.Categories.ContainsKey(category))
        {
            _errors.Add(row.Error("category", $"'{category}' is not a PPKS category of this region{NearMiss.Hint(category, scope.Categories.Keys)}"));
        }
        if (states == "count" && row.Text("level") is { } level && !TableKinds.NarrativeCountLevels.Contains(level))
        {
            _errors.Add(row.Error("level", $"'{level}' is not one of {string.Join(", ", TableKinds.NarrativeCountLevels)}{NearMiss.Hint(level, TableKinds.NarrativeCountLevels)}"));
        }
    }
}
