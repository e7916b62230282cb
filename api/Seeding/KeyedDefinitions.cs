using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Statistics;

namespace Sakip.Api.Seeding;

/// <summary>
/// A node, indicator or unit as the seed rows describe it, collected over all rows before the entity is built:
/// each attribute comes from the first row that gives it.
/// </summary>
internal abstract class KeyedDefinition(string key, SeedRow firstUse)
{
    public string Key { get; } = key;
    public SeedRow FirstUse { get; } = firstUse;
    public SeedRow? DefiningRow { get; set; }

    protected static void Fill(ref string? slot, string? value)
    {
        if (slot is null && value is not null)
        {
            slot = value;
        }
    }
}

internal sealed class UnitDefinition(string key, SeedRow row) : KeyedDefinition(key, row)
{
    public string? ParentKey { get; set; }
    public Unit? Entity { get; set; }
}

internal sealed class NodeDefinition(string key, SeedRow row) : KeyedDefinition(key, row)
{
    private string? _name, _code, _goal, _parent, _unit;
    public PlanLevel? Level { get; set; }
    public SeedRow? ParentRow { get; private set; }
    public SeedRow? UnitRow { get; private set; }
    public string? Name => _name;
    public string? Code => _code;
    public string? Goal => _goal;
    public string? ParentKey => _parent;
    public string? UnitKey => _unit;
    public PlanNode? Entity { get; set; }

    public void Describe(SeedRow row)
    {
        if (_name is null && row.Text("name") is not null)
        {
            DefiningRow = row;
        }
        Fill(ref _name, row.Text("name"));
        Fill(ref _code, row.Text("code"));
        Fill(ref _goal, row.Text("goal"));
        if (_parent is null && row.Text("parent") is { } parent)
        {
            _parent = parent;
            ParentRow = row;
        }
        if (_unit is null && row.Text("unit") is { } unit)
        {
            _unit = unit;
            UnitRow = row;
        }
    }
}

internal sealed class IndicatorDefinition(string key, SeedRow row) : KeyedDefinition(key, row)
{
    private string? _name, _node, _satuan, _kind, _polarity, _aggregation, _definition, _formula, _responsible;
    public string? Name => _name;
    public string? NodeKey => _node;
    public string? Satuan => _satuan;
    public string? Kind => _kind;
    public string? Polarity => _polarity;
    public string? Aggregation => _aggregation;
    public string? Definition => _definition;
    public string? Formula => _formula;
    public string? ResponsibleKey => _responsible;
    public SeedRow? ResponsibleRow { get; private set; }
    public Indicator? Entity { get; set; }

    public void Describe(SeedRow row)
    {
        if (_name is null && row.Text("indicator_name") is not null)
        {
            DefiningRow = row;
        }
        Fill(ref _name, row.Text("indicator_name"));
        Fill(ref _node, row.Text("node"));
        Fill(ref _satuan, row.Text("satuan"));
        Fill(ref _kind, row.Text("indicator_kind"));
        Fill(ref _polarity, row.Text("polarity"));
        Fill(ref _aggregation, row.Text("aggregation"));
        Fill(ref _definition, row.Text("definition"));
        Fill(ref _formula, row.Text("formula"));
        if (_responsible is null && row.Text("responsible") is { } responsible)
        {
            _responsible = responsible;
            ResponsibleRow = row;
        }
    }
}

internal sealed class CategoryDefinition(string key, SeedRow row) : KeyedDefinition(key, row)
{
    public PpksCategory? Entity { get; set; }
}
