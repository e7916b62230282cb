using System.ComponentModel.DataAnnotations;

namespace Sakip.Api.GraphQL;

/// <summary>Limits of the public GraphQL endpoint (section "GraphQL"), validated on start.</summary>
public sealed class GraphQLOptions : IValidatableObject
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body accepted, in bytes (GraphQL.NET has no token limit of its own).</summary>
    [Range(1_024, 10_485_760)]
    public int MaxRequestBytes { get; set; } = 65_536;

    /// <summary>Deepest selection nesting accepted.</summary>
    [Range(2, 50)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Largest estimated cost accepted: the result fields an answer can hold, with every list counted at the most items
    /// it can return (see <see cref="Limits.ListSizes"/>) and connections at their page size.
    /// </summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 500_000;

    /// <summary>
    /// Most fields a document may expand to once every fragment spread is replaced by its fragment, checked before
    /// validation (a few kilobytes of nested fragment spreads can expand to billions).
    /// </summary>
    [Range(10, 1_000_000)]
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Most result nodes (fields and list items) one answer may hold, enforced while it executes (GitHub's public API: 500,000).</summary>
    [Range(100, 10_000_000)]
    public int MaxResultNodes { get; set; } = 500_000;

    /// <summary>Largest answer body in bytes, enforced while it is serialised.</summary>
    [Range(65_536, 1_073_741_824)]
    public int MaxResponseBytes { get; set; } = 33_554_432;

    /// <summary>Longest a request may execute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long browsers and proxies may keep an answer to a persisted operation without asking again
    /// (Cache-Control max-age); after that, the ETag makes asking cheap. Answers change only with a release.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PersistedMaxAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Most bytes of persisted operations' answers kept in memory for the release (see
    /// <see cref="Persisted.PersistedAnswers"/>); 0 keeps none. A site build asks each answer once, so the default keeps
    /// the portal's pages of a few hundred documents; all of a 2,000-document build's answers took 746.5 MB.
    /// </summary>
    [Range(typeof(long), "0", "68719476736")]
    public long PersistedCacheBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>Requests per client address and window.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(RateLimit, new ValidationContext(RateLimit), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, r.MemberNames.Select(m => $"{nameof(RateLimit)}:{m}")));
    }
}

public sealed class RateLimitOptions
{
    /// <summary>Requests a client may make in one window.</summary>
    [Range(1, 1_000_000_000)]
    public int PermitLimit { get; set; } = 600;

    /// <summary>Length of the window.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Clients tracked before windows that are over are forgotten.</summary>
    [Range(100, 10_000_000)]
    public int MaxTrackedClients { get; set; } = 100_000;
}
