namespace Marketplace.TestSupport;

/// <summary>
/// The real clock, moved forward on demand, so a test can reach the hour of a visit booked for next
/// week. Timers keep real time; only "now" moves.
/// </summary>
public sealed class TravelClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Makes "now" read <paramref name="instant"/> until the returned scope is disposed.</summary>
    public IDisposable TravelTo(DateTimeOffset instant)
    {
        Interlocked.Exchange(ref _offsetTicks, (instant - System.GetUtcNow()).Ticks);
        return new Return(this);
    }

    private sealed class Return(TravelClock clock) : IDisposable
    {
        public void Dispose() => Interlocked.Exchange(ref clock._offsetTicks, 0);
    }
}
