using System.Reflection;
using Sakip.Api.Budgets;
using Sakip.Api.Plan;
using Sakip.Core.Figures;

namespace Sakip.Tests.Plan;

/// <summary>
/// A plan sheet's encoding (<see cref="PlanSheetFormatter"/>) lists each entity's properties by hand: every scalar
/// property, set to a value other than its default, comes back as it was, so a property added to an entity and not to
/// the format fails here instead of reading back as its default.
/// </summary>
public sealed class PlanSheetFormatTests
{
    private int _next = 1;

    [Fact]
    public void Every_scalar_property_of_a_sheet_s_entities_and_figures_survives_its_encoding()
    {
        var sheet = new PlanSheet
        {
            Nodes = [Filled<PlanNode>()],
            Indicators = [Filled<Indicator>()],
            Figures = [Filled<IndicatorFigure>()],
            Budgets = [Filled<NodeBudgetRollUp>()],
            BudgetFigures = [Filled<BudgetFigure>()],
        };

        var read = PlanSheet.Decompress(sheet.Compress());

        AssertSame(sheet.Nodes[0], read.Nodes[0]);
        AssertSame(sheet.Indicators[0], read.Indicators[0]);
        AssertSame(sheet.Figures[0], read.Figures[0]);
        AssertSame(sheet.Budgets[0], read.Budgets[0]);
        AssertSame(sheet.BudgetFigures[0], read.BudgetFigures[0]);
    }

    [Fact]
    public void Absent_values_read_back_absent_and_decimals_keep_their_printed_scale()
    {
        var rollUp = new NodeBudgetRollUp { AbsorptionFormula = "", AbsorptionTrace = "", RolledUpPagu = 5_783_347_586.00m, AbsorptionValue = -0.4142m };
        var sheet = new PlanSheet { Nodes = [], Indicators = [], Figures = [], Budgets = [rollUp], BudgetFigures = [] };

        var read = PlanSheet.Decompress(sheet.Compress()).Budgets.Single();

        Assert.Equal("5783347586.00", read.RolledUpPagu?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(-0.4142m, read.AbsorptionValue);
        Assert.Null(read.ChildrenPagu);
        Assert.Null(read.PaguId);
    }

    /// <summary>An entity whose scalar properties each hold a distinct value that is not the type's default.</summary>
    private T Filled<T>() where T : class
    {
        var entity = (T)Activator.CreateInstance(typeof(T))!;
        foreach (var property in Scalars(typeof(T))) property.SetValue(entity, ValueFor(property.PropertyType));
        return entity;
    }

    private object ValueFor(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var n = _next++;
        if (type == typeof(int)) return n;
        if (type == typeof(long)) return 10_000_000_000L + n;
        if (type == typeof(decimal)) return 1_000_000.50m + n;
        if (type == typeof(string)) return $"text {n}";
        if (type.IsEnum) return Enum.GetValues(type).Cast<object>().Last();
        if (type == typeof(Figure)) return Filled<Figure>();
        throw new InvalidOperationException($"No test value for {type.Name}: give the format and this test one.");
    }

    /// <summary>The properties a sheet keeps: settable and scalar (navigation properties to other entities are not stored).</summary>
    private static IEnumerable<PropertyInfo> Scalars(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && (IsScalar(p.PropertyType) || p.PropertyType == typeof(Figure)));

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(string);
    }

    private static void AssertSame(object expected, object actual)
    {
        foreach (var property in Scalars(expected.GetType()))
        {
            var (want, got) = (property.GetValue(expected), property.GetValue(actual));
            if (property.PropertyType == typeof(Figure)) AssertSame(want!, got!);
            else Assert.True(Equals(want, got), $"{expected.GetType().Name}.{property.Name}: wrote {want}, read {got}");
        }
    }
}
