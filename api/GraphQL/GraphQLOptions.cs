using System.ComponentModel.DataAnnotations;

namespace Sakip.Api.GraphQL;

/// <summary>Limits of the public GraphQL endpoint (section "GraphQL"), validated on start.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body accepted, in bytes (GraphQL.NET has no token limit of its own).</summary>
    [Range(1_024, 10_485_760)]
    public int MaxRequestBytes { get; set; } = 65_536;

    /// <summary>Deepest selection nesting accepted.</summary>
    [Range(2, 50)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest query complexity accepted (GraphQL.NET's complexity analyser).</summary>
    [Range(10, 1_000_000)]
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Longest a request may execute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
