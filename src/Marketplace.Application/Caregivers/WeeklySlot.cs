namespace Marketplace.Application.Caregivers;

/// <summary>A window of the week in which the caregiver takes visits, written in their local time.</summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    public bool Overlaps(WeeklySlot other) => Day == other.Day && Start < other.End && other.Start < End;

    public static bool AnyOverlap(IReadOnlyList<WeeklySlot> slots) =>
        slots.Where((slot, i) => slots.Skip(i + 1).Any(slot.Overlaps)).Any();
}

/// <summary>A period away (leave, illness, family matters) during which the weekly windows do not apply.</summary>
public sealed record TimeOff(DateTimeOffset From, DateTimeOffset To);
