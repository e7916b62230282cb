using Microsoft.Extensions.Time.Testing;

namespace Sakip.Tests.Infrastructure;

/// <summary>The time the test documents are loaded at: fixed, so the release's <c>loadedAt</c> that the site's recorded
/// API answers and page snapshots hold is the same on every run and machine.</summary>
public static class TestClock
{
    public static TimeProvider SeedLoaded => new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));
}
