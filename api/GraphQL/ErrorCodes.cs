namespace Sakip.Api.GraphQL;

/// <summary>
/// The closed list of <c>extensions.code</c> values the endpoint answers with (docs/graphql.md lists them). Anything
/// else GraphQL.NET would derive from an exception's type is replaced by <see cref="InternalError"/>, so no exception
/// name reaches a client.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string SyntaxError = "SYNTAX_ERROR";

    /// <summary>The document does not validate against the schema (unknown field, wrong argument type...).</summary>
    public const string ValidationError = "VALIDATION_ERROR";

    /// <summary>A variable is missing or has a value of the wrong type.</summary>
    public const string InvalidVariable = "INVALID_VARIABLE";

    /// <summary>An argument value is refused (page size, cursor, id, text with a NUL or a lone surrogate...).</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>The HTTP request itself is malformed: body, method, media type, parameters.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A limit of the endpoint is exceeded: body size, depth, fields, cost, result size.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>The client sent more requests than its rate limit allows.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The request ran longer than the execution limit.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The database is unreachable or has no free connection in time; retry later.</summary>
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";

    /// <summary>An error on the server's side; details are in its log, never in the answer.</summary>
    public const string InternalError = "INTERNAL_ERROR";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        SyntaxError, ValidationError, InvalidVariable, InvalidArgument, BadRequest, LimitExceeded, RateLimited, Timeout,
        DatabaseUnavailable, InternalError,
    };
}
