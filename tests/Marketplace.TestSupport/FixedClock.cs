namespace Marketplace.TestSupport;

/// <summary>A clock stopped at one instant, for use cases whose outcome depends on the date.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
