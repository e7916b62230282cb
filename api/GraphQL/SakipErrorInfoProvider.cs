using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using Sakip.Api.Hosting;

namespace Sakip.Api.GraphQL;

/// <summary>
/// Gives every error a code from <see cref="ErrorCodes"/> instead of the exception-derived codes GraphQL.NET would
/// expose (INVALID_OPERATION, POSTGRES...), in every environment; exception details only in Development.
/// </summary>
public sealed class SakipErrorInfoProvider(bool development) : ErrorInfoProvider(o =>
{
    o.ExposeCode = false;
    o.ExposeCodes = false;
    o.ExposeData = false;
    o.ExposeExceptionDetails = development;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = Classify(executionError);
        if (executionError is HintedArgumentError hinted)
        {
            extensions["hint"] = hinted.Hint;
        }
        return new ErrorInfo { Message = Message(executionError), Extensions = extensions };
    }

    public static string Classify(ExecutionError error) => error switch
    {
        _ when error.Code is { } code && ErrorCodes.All.Contains(code) => code,
        SyntaxError => ErrorCodes.SyntaxError,
        ComplexityError => ErrorCodes.LimitExceeded,
        ValidationError when error.InnerException is ArgumentException => ErrorCodes.InvalidArgument,
        InvalidVariableError => ErrorCodes.InvalidVariable,
        DocumentError => ErrorCodes.ValidationError,
        RequestError => ErrorCodes.BadRequest,
        UnhandledError when DatabaseFaults.IsUnavailable(error.InnerException) => ErrorCodes.DatabaseUnavailable,
        UnhandledError => ErrorCodes.InternalError,
        // Resolvers throw a plain ExecutionError for an argument they refuse (an id this API never issued...).
        _ when error.GetType() == typeof(ExecutionError) && error.InnerException is null => ErrorCodes.InvalidArgument,
        _ => ErrorCodes.InternalError,
    };

    private static string Message(ExecutionError error) => Classify(error) switch
    {
        ErrorCodes.DatabaseUnavailable => DatabaseFaults.UnavailableMessage,
        _ => error.Message,
    };
}
