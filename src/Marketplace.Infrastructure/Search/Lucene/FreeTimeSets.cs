using System.Collections.Concurrent;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// A segment's schedules (<see cref="ScheduleColumns"/>) as bit sets over positions, so that a visit on half-hour
/// boundaries is tested 64 caregivers at a time: per half hour of the local week, the caregivers with a window wholly
/// holding it; per time zone, its caregivers; the caregivers whose windows touch or overlap (for them, every half hour
/// of a visit being in some window does not mean one window holds it all); and, built when a search first asks for a
/// UTC day and kept while searches keep asking for it, per half hour of that day the caregivers with a busy period
/// (time off, a booked visit) in it.
/// A caregiver in every half hour's set, busy in none of the visit's half hours and not touching is free for the
/// visit; one outside the half-hour sets, or busy in one of the visit's half hours, is not; the others (touching) are
/// judged one by one. Busy by half hour rather than by day (issue #19): in a city, the caregivers with any visit booked
/// that day were thousands judged one by one per search.
/// </summary>
/// <remarks>
/// At 1,000,000 caregivers a set is 125 KB: the week's 336 half hours take at most 42 MB (half hours nobody works
/// take nothing), and each day kept at most 6 MB more (48 half hours; those nobody is busy in take nothing). Searches
/// ask for days from today up to how far ahead a visit may be booked, and a segment lives for days: it keeps the
/// <see cref="BusyDaysKept"/> days asked for most lately, so the days gone by leave it (rebuilding a day dropped costs
/// one pass over the busy periods).
/// </remarks>
internal sealed class FreeTimeSets
{
    /// <summary>The half hours of a week, Sunday 00:00–00:30 first.</summary>
    private const int HalfHoursPerWeek = 7 * 48;

    private const long TicksPerHalfHour = 30 * TimeSpan.TicksPerMinute;

    private const int HalfHoursPerDay = 48;

    /// <summary>How many UTC days' busy sets a segment keeps at most (at 1,000,000 caregivers at most 96 MB).</summary>
    internal const int BusyDaysKept = 16;

    private readonly ulong[]?[] _halfHours;
    private readonly ulong[][] _zones;
    private readonly ulong[] _touching;
    private readonly int[] _busyStarts;
    private readonly long[] _busy;
    private readonly ConcurrentDictionary<long, BusyDay> _busyOnDay = new();
    private long _uses;

    private FreeTimeSets(ulong[]?[] halfHours, ulong[][] zones, ulong[] touching, int[] busyStarts, long[] busy)
    {
        _halfHours = halfHours;
        _zones = zones;
        _touching = touching;
        _busyStarts = busyStarts;
        _busy = busy;
    }

    /// <param name="zone">Each position's time zone, an index into the segment's zones (of which there are <paramref name="zoneCount"/>).</param>
    /// <param name="windowStarts">Where each position's windows start in <paramref name="windows"/> (one more entry than positions).</param>
    /// <param name="windows">Start and end minute of the local week of every window, sorted per position.</param>
    /// <param name="busyStarts">Where each position's busy periods start in <paramref name="busy"/> (one more entry than positions).</param>
    /// <param name="busy">Start and end of every busy period as UTC ticks, sorted by start per position.</param>
    public static FreeTimeSets Build(byte[] zone, int zoneCount, int[] windowStarts, ushort[] windows, int[] busyStarts, long[] busy)
    {
        var words = SegmentColumns.Words(zone.Length);
        var halfHours = new ulong[]?[HalfHoursPerWeek];
        var zones = Enumerable.Range(0, zoneCount).Select(_ => new ulong[words]).ToArray();
        var touching = new ulong[words];
        for (var position = 0; position < zone.Length; position++)
        {
            var bit = 1UL << position;
            zones[zone[position]][position >> 6] |= bit;
            for (var i = windowStarts[position]; i < windowStarts[position + 1]; i += 2)
            {
                // The half hours wholly inside the window: from its start rounded up to its end rounded down.
                for (var halfHour = (windows[i] + 29) / 30; halfHour < windows[i + 1] / 30; halfHour++)
                {
                    (halfHours[halfHour] ??= new ulong[words])[position >> 6] |= bit;
                }

                if (i > windowStarts[position] && windows[i] <= windows[i - 1])
                {
                    touching[position >> 6] |= bit;
                }
            }
        }

        return new FreeTimeSets(halfHours, zones, touching, busyStarts, busy);
    }

    /// <summary>The sets that answer <paramref name="visit"/>, or null when it does not start and end on half hours in every zone.</summary>
    public VisitSets? For(VisitTimes visit)
    {
        if (visit.Start % TicksPerHalfHour != 0 || visit.End % TicksPerHalfHour != 0)
        {
            return null;
        }

        var ranges = new List<(ulong[] Zone, ulong[]?[] HalfHours)>();
        for (var zone = 0; zone < _zones.Length; zone++)
        {
            // A visit crossing local midnight fits no window there: that zone's caregivers are all busy.
            if (visit.LocalWeek[zone] is not { } local)
            {
                continue;
            }

            if (local.From % TicksPerHalfHour != 0 || local.Until % TicksPerHalfHour != 0)
            {
                return null;
            }

            ranges.Add((_zones[zone], _halfHours[(int)(local.From / TicksPerHalfHour)..(int)(local.Until / TicksPerHalfHour)]));
        }

        var busy = new List<ulong[]>();
        for (var halfHour = visit.Start / TicksPerHalfHour; halfHour < visit.End / TicksPerHalfHour; halfHour++)
        {
            if (BusySetsOf(halfHour / HalfHoursPerDay)[halfHour % HalfHoursPerDay] is { } set)
            {
                busy.Add(set);
            }
        }

        return new VisitSets(ranges, busy, _touching);
    }

    /// <summary>How many days' busy sets the segment holds now.</summary>
    internal int BusyDaysHeld => _busyOnDay.Count;

    /// <summary>The busy sets of <paramref name="day"/>'s half hours, kept or built; past <see cref="BusyDaysKept"/>, the days asked for least lately go.</summary>
    private ulong[]?[] BusySetsOf(long day)
    {
        var use = Interlocked.Increment(ref _uses);
        if (_busyOnDay.TryGetValue(day, out var kept))
        {
            Volatile.Write(ref kept.LastUse, use);
            return kept.HalfHours;
        }

        kept = _busyOnDay.GetOrAdd(day, static (day, asked) => new BusyDay(asked.Sets.BusyOn(day), asked.Use), (Sets: this, Use: use));

        // Only when a day was added (counting takes every lock of the dictionary). Two searches may drop days side by
        // side, one more than needed: a day dropped is only built again.
        while (_busyOnDay.Count > BusyDaysKept && LeastLatelyAsked() is { } oldest)
        {
            _busyOnDay.TryRemove(oldest, out _);
        }

        return kept.HalfHours;
    }

    private long? LeastLatelyAsked()
    {
        (long Day, long Use)? least = null;
        foreach (var (day, kept) in _busyOnDay)
        {
            var use = Volatile.Read(ref kept.LastUse);
            if (least is null || use < least.Value.Use)
            {
                least = (day, use);
            }
        }

        return least?.Day;
    }

    /// <summary>
    /// Per half hour of the UTC day <paramref name="day"/> (days since 0001-01-01), the positions with a busy period
    /// overlapping it; null for a half hour nobody is busy in.
    /// </summary>
    private ulong[]?[] BusyOn(long day)
    {
        var (from, until) = (day * TimeSpan.TicksPerDay, (day + 1) * TimeSpan.TicksPerDay);
        var sets = new ulong[]?[HalfHoursPerDay];
        for (var position = 0; position + 1 < _busyStarts.Length; position++)
        {
            for (var i = _busyStarts[position]; i < _busyStarts[position + 1] && _busy[i] < until; i += 2)
            {
                // The half hours from the one the period starts in (or the day's first) to the one it ends in.
                for (var halfHour = (Math.Max(_busy[i], from) - from) / TicksPerHalfHour; halfHour < HalfHoursPerDay && from + (halfHour * TicksPerHalfHour) < _busy[i + 1]; halfHour++)
                {
                    (sets[halfHour] ??= new ulong[_touching.Length])[position >> 6] |= 1UL << position;
                }
            }
        }

        return sets;
    }

    /// <summary>A day's busy sets by half hour, and when a search last asked for them (a count of asks, not time).</summary>
    private sealed class BusyDay(ulong[]?[] halfHours, long lastUse)
    {
        public ulong[]?[] HalfHours { get; } = halfHours;

        public long LastUse = lastUse;
    }
}

/// <summary>One visit's sets in one segment (<see cref="FreeTimeSets.For"/>).</summary>
internal sealed class VisitSets(List<(ulong[] Zone, ulong[]?[] HalfHours)> zones, List<ulong[]> busyHalfHours, ulong[] touching)
{
    /// <summary>
    /// Of the 64 positions of <paramref name="word"/>: those who may be free for the visit (every one who is) and those
    /// who surely are.
    /// </summary>
    public (ulong MayBeFree, ulong SurelyFree) Of(int word)
    {
        var mayBeFree = 0UL;
        foreach (var (zone, halfHours) in zones)
        {
            var inEveryHalfHour = zone[word];
            for (var halfHour = 0; halfHour < halfHours.Length && inEveryHalfHour != 0; halfHour++)
            {
                inEveryHalfHour &= halfHours[halfHour]?[word] ?? 0;
            }

            mayBeFree |= inEveryHalfHour;
        }

        // The visit is exactly its half hours, so a busy period in any of them overlaps the visit: not free.
        foreach (var halfHour in busyHalfHours)
        {
            mayBeFree &= ~halfHour[word];
        }

        return (mayBeFree, mayBeFree & ~touching[word]);
    }
}
