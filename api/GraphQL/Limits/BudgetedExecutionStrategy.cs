using GraphQL;
using GraphQL.Execution;

namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// Serial execution (one DbContext per request is not thread-safe) that counts every field and list item it adds to
/// the answer against the request's <see cref="RequestBudget"/>, and for a cost-only request stops after validation.
/// </summary>
public sealed class BudgetedExecutionStrategy : SerialExecutionStrategy
{
    public override Task<ExecutionResult> ExecuteAsync(global::GraphQL.Execution.ExecutionContext context)
    {
        if (Budget(context) is { DryRun: true })
        {
            return Task.FromResult(new ExecutionResult { Executed = false });
        }
        return base.ExecuteAsync(context);
    }

    protected override void SetSubFieldNodes(global::GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        base.SetSubFieldNodes(context, parent);
        Budget(context)?.Add(parent.SubFields?.Length ?? 0);
    }

    protected override async Task SetArrayItemNodesAsync(global::GraphQL.Execution.ExecutionContext context, ArrayExecutionNode parent)
    {
        await base.SetArrayItemNodesAsync(context, parent);
        Budget(context)?.Add(parent.Items?.Count ?? 0);
    }

    private static RequestBudget? Budget(global::GraphQL.Execution.ExecutionContext context) =>
        context.UserContext.TryGetValue(RequestBudget.Key, out var budget) ? budget as RequestBudget : null;
}
