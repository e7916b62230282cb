namespace Sakip.Api.Seeding;

/// <summary>One thing wrong in the seed files, located by file, line and field.</summary>
public sealed record SeedError(string File, int? Line, string? Field, string Message)
{
    public override string ToString() =>
        $"{File}{(Line is { } l ? $":{l}" : "")}: {(Field is null ? "" : $"field '{Field}': ")}{Message}";
}

/// <summary>The seed files are invalid; nothing was written.</summary>
public sealed class SeedValidationException(IReadOnlyList<SeedError> errors)
    : Exception($"The seed is invalid ({errors.Count} error{(errors.Count == 1 ? "" : "s")}); nothing was loaded.{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Take(100).Select(e => "  " + e))
        + (errors.Count > 100 ? $"{Environment.NewLine}  ... and {errors.Count - 100} more" : ""))
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;
}
