namespace Sakip.Api.Seeding;

/// <summary>One thing wrong in the seed files, located by file, line and field.</summary>
public sealed record SeedError(string File, int? Line, string? Field, string Message)
{
    public override string ToString() =>
        $"{File}{(Line is { } l ? $":{l}" : "")}: {(Field is null ? "" : $"field '{Field}': ")}{Message}";
}

/// <summary>The seed files are invalid; nothing was written. The message lists every error, then every warning.</summary>
public sealed class SeedValidationException(IReadOnlyList<SeedError> errors, IReadOnlyList<SeedError>? warnings = null)
    : Exception($"The seed is invalid ({Count(errors.Count, "error")}); nothing was loaded.{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(e => "  " + e))
        + (warnings is { Count: > 0 }
            ? $"{Environment.NewLine}and {Count(warnings.Count, "warning")}:{Environment.NewLine}" + string.Join(Environment.NewLine, warnings.Select(w => "  " + w))
            : ""))
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;

    public IReadOnlyList<SeedError> Warnings { get; } = warnings ?? [];

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
