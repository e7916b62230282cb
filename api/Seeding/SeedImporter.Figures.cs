using Sakip.Api.Budgets;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;
using Sakip.Api.Statistics;

namespace Sakip.Api.Seeding;

internal sealed partial class SeedImporter
{
    private readonly Dictionary<(object Subject, string Measure, int Year, PeriodKind Period, int Number, long Table), SeedRow> _statedOnce = [];

    private static readonly string[] StaffCountColumns = ["count", "v1", "v2", "v3", "v4"];
    internal static readonly string[] StaffDimensions = ["eselon", "golongan", "pendidikan", "jenis-kelamin", "status", "pangkat"];
    private static readonly (string Column, AidMeasure Measure)[] AidColumns =
    [
        ("recipients", AidMeasure.Recipients), ("delivered", AidMeasure.Delivered), ("delivered_pct", AidMeasure.DeliveredPercent),
        ("undelivered", AidMeasure.Undelivered), ("undelivered_pct", AidMeasure.UndeliveredPercent), ("amount", AidMeasure.Amount),
    ];
    private static readonly (string Column, PpksMeasure Measure)[] PpksColumns =
        [("terdata", PpksMeasure.Terdata), ("tertangani", PpksMeasure.Tertangani), ("mandiri", PpksMeasure.Mandiri)];

    /// <summary>The columns of each kind that hold figures: a total row's figures become stated totals.</summary>
    private static bool IsFigureColumn(string kind, string column) => kind switch
    {
        TableKinds.Indicators => column is "target" or "baseline" or "end_target" or "realisation" or "capaian" or "budget" or "budget_realisation"
            || PeriodColumn(column) is not null || TableKinds.YearColumn().IsMatch(column),
        TableKinds.Ppks => column is "terdata" or "tertangani" or "mandiri",
        TableKinds.Psks => column is "count" or "certified",
        TableKinds.AidDistribution => AidColumns.Any(a => a.Column == column),
        TableKinds.StaffPositions => column is "pns" or "pppk" or "pppk_pw" or "grade",
        TableKinds.StaffCounts => StaffCountColumns.Contains(column),
        TableKinds.Assets => column is "value" or "quantity",
        TableKinds.AgencyBudget => column == "amount",
        _ => false,
    };

    private void AddFigures(SeedTable table, SourceTable sourceTable, AgencyScope scope)
    {
        foreach (var row in table.Rows)
        {
            var sourceRow = _sourceRows[row];
            if (row.IsTotal)
            {
                AddStatedTotals(table, row, sourceRow);
                continue;
            }
            switch (table.Kind)
            {
                case TableKinds.Indicators:
                    AddPlanFigures(table, row, sourceTable, sourceRow, scope);
                    break;
                case TableKinds.Ppks:
                    AddPpks(table, row, sourceTable, sourceRow, scope);
                    break;
                case TableKinds.Psks:
                    AddPsks(table, row, sourceRow, scope);
                    break;
                case TableKinds.AidDistribution:
                    AddAid(table, row, sourceTable, sourceRow, scope);
                    break;
                case TableKinds.StaffPositions:
                    AddStaffPosition(table, row, sourceRow, scope);
                    break;
                case TableKinds.StaffCounts:
                    AddStaffCounts(table, row, sourceRow, scope);
                    break;
                case TableKinds.Assets:
                    AddAssets(table, row, sourceRow, scope);
                    break;
                case TableKinds.Narrative:
                    CheckNarrative(row, scope);
                    break;
                case TableKinds.AgencyBudget:
                    if (row.Figure("amount", _errors) is { } amount)
                    {
                        AddBudget(scope, null, BudgetMeasure.Pagu, table.Year, amount, row, sourceTable, sourceRow, "amount");
                    }
                    break;
            }
        }
    }

    private void AddStatedTotals(SeedTable table, SeedRow row, SourceRow sourceRow)
    {
        foreach (var column in row.Cells.Keys.Where(c => IsFigureColumn(table.Kind, c)))
        {
            if (row.Figure(column, _errors) is { } figure)
            {
                buffer.Add(new StatedTotal
                {
                    RegionId = sourceRow.RegionId,
                    SourceTableId = sourceRow.SourceTableId,
                    Column = column,
                    Figure = figure,
                    SourceRowId = sourceRow.Id,
                });
            }
        }
    }

    private void AddPlanFigures(SeedTable table, SeedRow row, SourceTable sourceTable, SourceRow sourceRow, AgencyScope scope)
    {
        var indicator = row.Text("indicator") is { } ik && scope.Indicators.TryGetValue(ik, out var i) ? i.Entity : null;
        var node = row.Text("node") is { } nk && scope.Nodes.TryGetValue(nk, out var n) ? n.Entity : null;
        var targetYears = row.Cells.Keys
            .Select(c => TableKinds.YearColumn().Match(c))
            .Where(m => m.Success && m.Groups[1].Value == "target")
            .Select(m => int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        foreach (var column in row.Cells.Keys.Where(c => IsFigureColumn(TableKinds.Indicators, c)))
        {
            var (measure, year, period, number) = ClassifyPlanColumn(column, table.Year, targetYears);
            if (row.Figure(column, _errors) is not { } figure)
            {
                continue;
            }
            if (measure is "budget" or "budget_realisation")
            {
                if (row.Text("node") is null)
                {
                    _errors.Add(row.Error(column, "a budget needs the plan node it belongs to (node)"));
                    continue;
                }
                if (node is not null)
                {
                    var budgetMeasure = measure == "budget" ? BudgetMeasure.Pagu : BudgetMeasure.Realisation;
                    AddBudget(scope, node, budgetMeasure, year, figure, row, sourceTable, sourceRow, column);
                }
                continue;
            }
            if (row.Text("indicator") is null)
            {
                _errors.Add(row.Error(column, "a target, realisation or capaian needs the indicator it belongs to (indicator)"));
                continue;
            }
            if (indicator is null)
            {
                continue; // already reported while building the indicator
            }
            if (!_statedOnce.TryAdd((indicator, measure, year, period, number, sourceTable.Id), row))
            {
                var first = _statedOnce[(indicator, measure, year, period, number, sourceTable.Id)];
                _errors.Add(row.Error(column, $"the table already gives indicator '{indicator.Key}' a {measure} for {year} at line {first.SeedLine}"));
                continue;
            }
            buffer.Add(new IndicatorFigure
            {
                RegionId = sourceRow.RegionId,
                Indicator = indicator,
                Measure = measure switch
                {
                    "target" => IndicatorMeasure.Target,
                    "realisation" => IndicatorMeasure.Realisation,
                    "capaian" => IndicatorMeasure.Capaian,
                    "baseline" => IndicatorMeasure.Baseline,
                    _ => IndicatorMeasure.EndTarget,
                },
                Year = year,
                PeriodKind = period,
                PeriodNo = number,
                Figure = figure,
                SourceTableId = sourceTable.Id,
                SourceRowId = sourceRow.Id,
            });
        }
    }

    /// <summary>
    /// Which measure, year and period a column of an indicators table holds. A baseline is for the year before
    /// the row's first target year, an end-of-period target for its last.
    /// </summary>
    private static (string Measure, int Year, PeriodKind Period, int Number) ClassifyPlanColumn(string column, int tableYear, List<int> targetYears)
    {
        if (PeriodColumn(column) is { } period)
        {
            return ("target", tableYear, period.Kind, period.Number);
        }
        if (TableKinds.YearColumn().Match(column) is { Success: true } m)
        {
            return (m.Groups[1].Value, int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), PeriodKind.Year, 0);
        }
        return column switch
        {
            "baseline" => ("baseline", targetYears.Count > 0 ? targetYears.Min() - 1 : tableYear, PeriodKind.Year, 0),
            "end_target" => ("end_target", targetYears.Count > 0 ? targetYears.Max() : tableYear, PeriodKind.Year, 0),
            _ => (column, tableYear, PeriodKind.Year, 0),
        };
    }

    private static (PeriodKind Kind, int Number)? PeriodColumn(string column) => column switch
    {
        ['m', .. var n] when int.TryParse(n, out var month) && month is >= 1 and <= 12 => (PeriodKind.Month, month),
        ['q', .. var n] when int.TryParse(n, out var quarter) && quarter is >= 1 and <= 4 => (PeriodKind.Quarter, quarter),
        _ => null,
    };

    private void AddBudget(AgencyScope scope, PlanNode? node, BudgetMeasure measure, int year, Figure amount, SeedRow row,
        SourceTable sourceTable, SourceRow sourceRow, string column)
    {
        if (amount.Value < 0)
        {
            _errors.Add(row.Error(column, "a budget cannot be negative"));
            return;
        }
        if (amount.Grade is not null)
        {
            _errors.Add(row.Error(column, $"'{amount.Published}' is a grade, not an amount of money"));
            return;
        }
        buffer.Add(new BudgetFigure
        {
            RegionId = scope.Region.Id,
            AgencyId = scope.Agency.Id,
            PlanNode = node,
            Measure = measure,
            Year = year,
            PeriodKind = PeriodKind.Year,
            PeriodNo = 0,
            Amount = amount,
            SourceTableId = sourceTable.Id,
            SourceRowId = sourceRow.Id,
        });
    }

    private void AddPpks(SeedTable table, SeedRow row, SourceTable sourceTable, SourceRow sourceRow, AgencyScope scope)
    {
        if (row.Text("key") is not { } key || !scope.Categories.TryGetValue(key, out var category))
        {
            return; // reported while collecting categories
        }
        foreach (var (column, measure) in PpksColumns)
        {
            if (row.Count(column, _errors) is { } count && NotGraded(row, column, count))
            {
                if (!_statedOnce.TryAdd((category, column, table.Year, PeriodKind.Year, 0, sourceTable.Id), row))
                {
                    _errors.Add(row.Error(column, $"the table already gives category '{key}' a {column} figure"));
                    continue;
                }
                buffer.Add(new PpksFigure
                {
                    RegionId = scope.Region.Id,
                    AgencyId = scope.Agency.Id,
                    Category = category.Entity,
                    Year = table.Year,
                    Measure = measure,
                    Count = count,
                    Bidang = row.Text("bidang"),
                    SourceTableId = sourceTable.Id,
                    SourceRowId = sourceRow.Id,
                });
            }
        }
    }

    private void AddPsks(SeedTable table, SeedRow row, SourceRow sourceRow, AgencyScope scope)
    {
        if (Required(row, "type") is not { } type)
        {
            return;
        }
        buffer.Add(new PsksEntry
        {
            RegionId = scope.Region.Id,
            AgencyId = scope.Agency.Id,
            Year = table.Year,
            Type = type,
            Count = row.RequiredCellCount("count", _errors),
            Certified = row.RequiredCellCount("certified", _errors),
            DataSource = row.Text("data_source"),
            Remarks = row.Text("remarks"),
            SourceRowId = sourceRow.Id,
        });
    }

    private void AddAid(SeedTable table, SeedRow row, SourceTable sourceTable, SourceRow sourceRow, AgencyScope scope)
    {
        var stage = Required(row, "stage");
        if (stage is not null && stage is not ("I" or "II" or "I+II"))
        {
            _errors.Add(row.Error("stage", $"'{stage}' is not I, II or I+II"));
            return;
        }
        if (row.Text("kecamatan") is null && row.Text("label") is null)
        {
            _errors.Add(row.Error("kecamatan", "a row needs its kecamatan, or a label on summary rows"));
        }
        foreach (var (column, measure) in AidColumns)
        {
            if (row.Figure(column, _errors) is { } figure && stage is not null && NotGraded(row, column, figure))
            {
                buffer.Add(new AidFigure
                {
                    RegionId = scope.Region.Id,
                    AgencyId = scope.Agency.Id,
                    Year = table.Year,
                    Stage = stage,
                    Kecamatan = row.Text("kecamatan"),
                    Label = row.Text("label"),
                    Measure = measure,
                    Figure = figure,
                    SourceTableId = sourceTable.Id,
                    SourceRowId = sourceRow.Id,
                });
            }
        }
    }

    private void AddStaffPosition(SeedTable table, SeedRow row, SourceRow sourceRow, AgencyScope scope)
    {
        if (Required(row, "position") is not { } position)
        {
            return;
        }
        buffer.Add(new StaffPosition
        {
            RegionId = scope.Region.Id,
            AgencyId = scope.Agency.Id,
            Year = table.Year,
            Position = position,
            Unit = ResolveUnit(scope, row.Text("unit"), row, "unit"),
            Pns = row.RequiredCellCount("pns", _errors),
            Pppk = row.RequiredCellCount("pppk", _errors),
            PppkPartTime = row.RequiredCellCount("pppk_pw", _errors),
            Grade = row.RequiredCellCount("grade", _errors),
            SourceRowId = sourceRow.Id,
        });
    }

    private void AddStaffCounts(SeedTable table, SeedRow row, SourceRow sourceRow, AgencyScope scope)
    {
        var dimension = Required(row, "dimension");
        var category = Required(row, "category");
        if (dimension is not null && !StaffDimensions.Contains(dimension))
        {
            _errors.Add(row.Error("dimension", $"'{dimension}' is not one of {string.Join(", ", StaffDimensions)}"));
            return;
        }
        if (dimension is null || category is null)
        {
            return;
        }
        foreach (var column in StaffCountColumns)
        {
            if (row.Count(column, _errors) is { } count && NotGraded(row, column, count))
            {
                buffer.Add(new StaffCount
                {
                    RegionId = scope.Region.Id,
                    AgencyId = scope.Agency.Id,
                    Year = table.Year,
                    Dimension = dimension,
                    Category = category,
                    Code = row.Text("code"),
                    Column = column,
                    Count = count,
                    SourceRowId = sourceRow.Id,
                });
            }
        }
    }

    private void AddAssets(SeedTable table, SeedRow row, SourceRow sourceRow, AgencyScope scope)
    {
        if (Required(row, "class") is not { } assetClass)
        {
            return;
        }
        foreach (var (column, measure) in new[] { ("value", AssetMeasure.Value), ("quantity", AssetMeasure.Quantity) })
        {
            if (row.Figure(column, _errors) is { } figure && NotGraded(row, column, figure))
            {
                buffer.Add(new AssetFigure
                {
                    RegionId = scope.Region.Id,
                    AgencyId = scope.Agency.Id,
                    Year = table.Year,
                    Class = assetClass,
                    Description = row.Text("description"),
                    UnitOfMeasure = row.Text("unit_of_measure"),
                    Measure = measure,
                    Figure = figure,
                    SourceRowId = sourceRow.Id,
                });
            }
        }
    }

    private bool NotGraded(SeedRow row, string column, Figure figure)
    {
        if (figure.Grade is null)
        {
            return true;
        }
        _errors.Add(row.Error(column, $"'{figure.Published}' is a grade; this column takes a count"));
        return false;
    }
}
