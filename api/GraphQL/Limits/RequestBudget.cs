namespace Sakip.Api.GraphQL.Limits;

/// <summary>
/// What one request may still spend, shared by the endpoint, the complexity check and the execution strategy through
/// the request's user context. Execution stops (through <see cref="Stop"/>) the moment the answer would hold more
/// result nodes than the cap, whatever the estimate said.
/// </summary>
public sealed class RequestBudget(int maxResultNodes, CancellationToken requestToken) : IDisposable
{
    public const string Key = "sakip.budget";

    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(requestToken);
    private long _resultNodes;

    /// <summary>Cancelled by the request's own token (timeout, client gone) or by the budget running out.</summary>
    public CancellationToken Token => _stop.Token;

    public int MaxResultNodes { get; } = maxResultNodes;

    /// <summary>The complexity analyser's estimate of the selected operation, once validation ran.</summary>
    public double? EstimatedCost { get; set; }

    /// <summary>Validate and estimate only: the strategy returns before resolving anything.</summary>
    public bool DryRun { get; init; }

    public long ResultNodes => Interlocked.Read(ref _resultNodes);

    /// <summary>Set when execution stopped because the answer outgrew <see cref="MaxResultNodes"/>.</summary>
    public bool ResultNodesExceeded { get; private set; }

    /// <summary>Counts nodes added to the answer; over the cap, execution is cancelled.</summary>
    public void Add(int nodes)
    {
        if (Interlocked.Add(ref _resultNodes, nodes) > MaxResultNodes && !ResultNodesExceeded)
        {
            ResultNodesExceeded = true;
            _stop.Cancel();
        }
        _stop.Token.ThrowIfCancellationRequested();
    }

    public void Dispose() => _stop.Dispose();
}
