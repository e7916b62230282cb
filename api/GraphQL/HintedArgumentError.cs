using GraphQL;

namespace Sakip.Api.GraphQL;

/// <summary>An argument refused with a hint of what to write instead, sent as the error's <c>extensions.hint</c>.</summary>
public sealed class HintedArgumentError : ExecutionError
{
    public HintedArgumentError(string message, string hint) : base(message)
    {
        Code = ErrorCodes.InvalidArgument;
        Hint = hint;
    }

    public string Hint { get; }
}
