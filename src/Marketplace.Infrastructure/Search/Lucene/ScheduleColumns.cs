using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Marketplace.Application.Bookings;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Infrastructure.Search.Lucene;

/// <summary>
/// When each caregiver of a segment is free, in a form a scan tests without parsing: their weekly windows
/// as minutes of the local week (two <see cref="ushort"/>s each, sorted), and their busy periods (time off
/// and booked visits, as UTC ticks, sorted by start) in two flat arrays with offsets per position. The
/// answer is <see cref="WeeklySchedule.Covers"/>' and <see cref="CaregiverDocument.IsAvailable"/>': the
/// visit lies inside one window on its local day and overlaps no busy period.
/// </summary>
/// <remarks>
/// Windows are whole minutes (the availability form and API refuse seconds), and a window ending at
/// <see cref="TimeOnly.MaxValue"/> ends at minute 1440 of its day. Visits are compared in ticks, so a visit
/// at any precision gets the exact answer.
/// </remarks>
internal sealed class ScheduleColumns
{
    private const long TicksPerMinute = TimeSpan.TicksPerMinute;
    private const int MinutesPerDay = 24 * 60;

    private readonly string[] _zones;
    private readonly byte[] _zone;
    private readonly int[] _windowStarts;
    private readonly ushort[] _windows;
    private readonly int[] _busyStarts;
    private readonly long[] _busy;
    private readonly Lazy<FreeTimeSets> _sets;

    private ScheduleColumns(string[] zones, byte[] zone, int[] windowStarts, ushort[] windows, int[] busyStarts, long[] busy)
    {
        _zones = zones;
        _zone = zone;
        _windowStarts = windowStarts;
        _windows = windows;
        _busyStarts = busyStarts;
        _busy = busy;
        _sets = new(() => FreeTimeSets.Build(zone, zones.Length, windowStarts, windows, busyStarts, busy));
    }

    /// <summary>A caregiver's weekly windows as the index keeps them (a binary doc value).</summary>
    public static BytesRef EncodeWeek(IEnumerable<WeeklySlot> weekly)
    {
        var minutes = weekly.Select(slot => (Start: WeekMinute(slot.Day, slot.Start), End: WeekMinute(slot.Day, slot.End))).Order().ToList();
        var bytes = new byte[minutes.Count * 4];
        for (var i = 0; i < minutes.Count; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4), minutes[i].Start);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan((i * 4) + 2), minutes[i].End);
        }

        return new BytesRef(bytes);
    }

    /// <summary>A caregiver's time off and booked visits as the index keeps them (a binary doc value).</summary>
    public static BytesRef EncodeBusy(IEnumerable<TimeOff> timeOff, IEnumerable<TimeWindow> booked)
    {
        var periods = timeOff.Select(period => (period.From.UtcTicks, period.To.UtcTicks))
            .Concat(booked.Select(visit => (visit.Start.UtcTicks, visit.End.UtcTicks))).Order().ToList();
        var bytes = new byte[periods.Count * 16];
        for (var i = 0; i < periods.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 16), periods[i].Item1);
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan((i * 16) + 8), periods[i].Item2);
        }

        return new BytesRef(bytes);
    }

    /// <summary>The schedules of a segment's documents, placed at their positions (<paramref name="positionOf"/>).</summary>
    public static ScheduleColumns Read(AtomicReader reader, int[] positionOf)
    {
        var count = positionOf.Length;
        var zoneValues = Required(reader.GetSortedDocValues(CaregiverFields.ZoneValues), CaregiverFields.ZoneValues);
        var weekValues = Required(reader.GetBinaryDocValues(CaregiverFields.WeekValues), CaregiverFields.WeekValues);
        var busyValues = Required(reader.GetBinaryDocValues(CaregiverFields.BusyValues), CaregiverFields.BusyValues);
        if (zoneValues.ValueCount > byte.MaxValue)
        {
            throw new NotSupportedException($"The search index holds {zoneValues.ValueCount} time zones; at most {byte.MaxValue} fit its columns.");
        }

        var zones = new string[zoneValues.ValueCount];
        var name = new BytesRef();
        for (var ord = 0; ord < zones.Length; ord++)
        {
            zoneValues.LookupOrd(ord, name);
            zones[ord] = name.Utf8ToString();
        }

        // Read in document order (fast for doc values), then lay out in position order.
        var zone = new byte[count];
        var weeks = new ushort[count][];
        var busies = new long[count][];
        var value = new BytesRef();
        int windowCount = 0, busyCount = 0;
        for (var doc = 0; doc < count; doc++)
        {
            var position = positionOf[doc];
            zone[position] = (byte)zoneValues.GetOrd(doc);
            weekValues.Get(doc, value);
            weeks[position] = Read<ushort>(value, BinaryPrimitives.ReadUInt16LittleEndian);
            busyValues.Get(doc, value);
            busies[position] = Read<long>(value, BinaryPrimitives.ReadInt64LittleEndian);
            windowCount += weeks[position].Length;
            busyCount += busies[position].Length;
        }

        var windowStarts = new int[count + 1];
        var windows = new ushort[windowCount];
        var busyStarts = new int[count + 1];
        var busy = new long[busyCount];
        for (var position = 0; position < count; position++)
        {
            weeks[position].CopyTo(windows, windowStarts[position]);
            windowStarts[position + 1] = windowStarts[position] + weeks[position].Length;
            busies[position].CopyTo(busy, busyStarts[position]);
            busyStarts[position + 1] = busyStarts[position] + busies[position].Length;
        }

        return new ScheduleColumns(zones, zone, windowStarts, windows, busyStarts, busy);
    }

    /// <summary>
    /// The visit as each of the segment's time zones sees it, worked out once per search and segment:
    /// where it falls in the local week, or that it crosses local midnight there (no window can hold it).
    /// </summary>
    public VisitTimes Times((DateTimeOffset Start, TimeSpan Duration) visit)
    {
        var local = new (long From, long Until)?[_zones.Length];
        for (var i = 0; i < _zones.Length; i++)
        {
            local[i] = LocalWeekTicks(_zones[i], visit.Start, visit.Duration);
        }

        return new VisitTimes(visit.Start.UtcTicks, (visit.Start + visit.Duration).UtcTicks, local);
    }

    /// <summary>The bit sets that answer <paramref name="visit"/> for many caregivers at a time, or null when only <see cref="IsFree"/> can.</summary>
    public VisitSets? SetsFor(VisitTimes visit) => _sets.Value.For(visit);

    /// <summary>Whether the caregiver at <paramref name="position"/> is free for the visit.</summary>
    public bool IsFree(int position, VisitTimes visit)
    {
        if (visit.LocalWeek[_zone[position]] is not { } local || !InOneWindow(position, local.From, local.Until))
        {
            return false;
        }

        // Busy periods are sorted by start; the first that starts at or after the visit's end ends the search.
        for (var i = _busyStarts[position]; i < _busyStarts[position + 1]; i += 2)
        {
            if (_busy[i] >= visit.End)
            {
                return true;
            }

            if (visit.Start < _busy[i + 1])
            {
                return false;
            }
        }

        return true;
    }

    private bool InOneWindow(int position, long from, long until)
    {
        for (var i = _windowStarts[position]; i < _windowStarts[position + 1]; i += 2)
        {
            if (_windows[i] * TicksPerMinute <= from && until <= _windows[i + 1] * TicksPerMinute)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The visit's start and end as ticks of the local week (Sunday 00:00 is 0), or null when it crosses local midnight.</summary>
    private static (long From, long Until)? LocalWeekTicks(string zone, DateTimeOffset start, TimeSpan duration)
    {
        var localStart = IndonesianTimeZones.ToLocal(start, zone);
        var localEnd = IndonesianTimeZones.ToLocal(start + duration, zone);
        var endsAtMidnight = localEnd.TimeOfDay == TimeSpan.Zero && localEnd.Date != localStart.Date;
        if (localEnd.Date != localStart.Date && !endsAtMidnight)
        {
            return null;
        }

        var day = (long)localStart.DayOfWeek * MinutesPerDay * TicksPerMinute;
        var until = endsAtMidnight ? MinutesPerDay * TicksPerMinute : localEnd.TimeOfDay.Ticks;
        return (day + localStart.TimeOfDay.Ticks, day + until);
    }

    private static ushort WeekMinute(DayOfWeek day, TimeOnly time) =>
        (ushort)(((int)day * MinutesPerDay) + (time == TimeOnly.MaxValue ? MinutesPerDay : (time.Hour * 60) + time.Minute));

    /// <summary>Every caregiver document carries the schedule fields; a segment without them is not of this layout.</summary>
    private static T Required<T>(T? values, string field)
        where T : class =>
        values ?? throw new InvalidOperationException($"The index segment has no {field} column: it was not written by this version's layout.");

    private static T[] Read<T>(BytesRef value, Func<ReadOnlySpan<byte>, T> read)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        var items = new T[value.Length / size];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(value.Bytes.AsSpan(value.Offset + (i * size), size));
        }

        return items;
    }
}

/// <summary>A visit as UTC ticks, and as ticks of the local week in each of a segment's time zones (null: it crosses midnight there).</summary>
internal sealed record VisitTimes(long Start, long End, (long From, long Until)?[] LocalWeek);
