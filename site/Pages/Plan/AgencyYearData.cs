using Sakip.Site.Rendering;

namespace Sakip.Site.Pages.Plan;

// The agency and documents part of the AgencyYearPages answer (RAK, LKjIP, performance versus budget).

public sealed record AgencyYearData(
    string Name, string Key, RegionRef Region, List<DocumentData> Documents, AgencyBudgetData? Budget, List<PlanNodeData> PlanNodes);

public sealed record RegionRef(string Code, string Name);

public sealed record DocumentData(string Key, string Title, DateOnly? PublishedOn, string? PublishedPlace, SignatoryData? Signatory, List<FindingRef> Findings);

public sealed record SignatoryData(string Position, string? Name);

public sealed record FindingRef(string Kind);

public sealed record AgencyBudgetData(decimal? ProgramsPagu, decimal? ProgramsRealisation, ComputedPercent? Absorption, List<PeriodFigure> Figures);
