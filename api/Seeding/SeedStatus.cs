namespace Sakip.Api.Seeding;

/// <summary>What became of the seed load at start, for /readyz.</summary>
public sealed class SeedStatus
{
    public SeedResult? Result { get; set; }

    /// <summary>Why the start's load failed; it stands until a later load succeeds (a data officer's fixed seed, loaded by the seed command).</summary>
    public string? Error { get; private set; }

    /// <summary>The id of the last successful load when the start's load failed (0: none); a newer one clears <see cref="Error"/>.</summary>
    public long FailedAfterLoad { get; private set; }

    public void Failed(string error, long lastLoad) => (Error, FailedAfterLoad) = (error, lastLoad);

    /// <summary>The start's error, unless a load newer than it succeeded since.</summary>
    public string? ErrorAsOf(long? lastLoad) => Error is not null && lastLoad > FailedAfterLoad ? null : Error;
}
