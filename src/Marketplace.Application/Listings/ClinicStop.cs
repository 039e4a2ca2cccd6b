using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Listings;

/// <summary>
/// A mobile clinic's visit to a place on a date. Its time window is cut into slots of equal length,
/// each taking a fixed number of appointments.
/// </summary>
public sealed class ClinicStop
{
    private readonly List<ClinicSlot> _slots = [];

    // EF Core sets Point (a complex property) after construction.
    private ClinicStop(Guid id, string placeName, DateOnly date, TimeOnly start, TimeOnly end, int slotMinutes, int capacityPerSlot)
    {
        Id = id;
        PlaceName = placeName;
        Date = date;
        Start = start;
        End = end;
        SlotMinutes = slotMinutes;
        CapacityPerSlot = capacityPerSlot;
        Point = null!;
    }

    public Guid Id { get; private set; }

    public string PlaceName { get; private set; }

    public GeoPoint Point { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }

    public int SlotMinutes { get; private set; }

    public int CapacityPerSlot { get; private set; }

    public IReadOnlyList<ClinicSlot> Slots => _slots;

    internal static ClinicStop Create(StopDetails details, string timeZone, DateTimeOffset now)
    {
        var window = details.End - details.Start;
        if (details.End <= details.Start || window.TotalMinutes < details.SlotMinutes)
        {
            throw new BusinessRuleException("A stop's time window must hold at least one slot.");
        }

        var stop = new ClinicStop(
            Guid.CreateVersion7(now), details.PlaceName, details.Date, details.Start, details.End, details.SlotMinutes, details.CapacityPerSlot)
        {
            Point = details.Point,
        };

        // Whole slots only: a remainder shorter than a slot at the end of the window is left free.
        var length = TimeSpan.FromMinutes(details.SlotMinutes);
        for (var start = details.Start; (start - details.Start) + length <= window; start = start.Add(length))
        {
            var startsAt = IndonesianTimeZones.ToInstant(details.Date, start, timeZone);
            stop._slots.Add(new ClinicSlot(Guid.CreateVersion7(now), startsAt, startsAt + length, details.CapacityPerSlot));
        }

        return stop;
    }
}

public sealed record StopDetails(string PlaceName, GeoPoint Point, DateOnly Date, TimeOnly Start, TimeOnly End, int SlotMinutes, int CapacityPerSlot);

/// <summary>One bookable slot of a stop: a start and end instant (UTC) and how many appointments it takes.</summary>
public sealed class ClinicSlot(Guid id, DateTimeOffset startsAt, DateTimeOffset endsAt, int capacity)
{
    public Guid Id { get; private set; } = id;

    public DateTimeOffset StartsAt { get; private set; } = startsAt;

    public DateTimeOffset EndsAt { get; private set; } = endsAt;

    public int Capacity { get; private set; } = capacity;
}
