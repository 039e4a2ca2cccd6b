namespace Marketplace.Application.Bookings.Calendar;

/// <summary>
/// An account's days from the first asked for, in order, each with what fills it; times are wall-clock times in
/// <see cref="TimeZone"/> (an IANA id such as <c>Asia/Makassar</c>), and <see cref="Today"/> is today's date there.
/// </summary>
public sealed record CalendarView(string TimeZone, DateOnly Today, IReadOnlyList<CalendarDay> Days)
{
    /// <summary>How many visits and appointments the days hold, time off not counted.</summary>
    public int VisitCount => Days.Sum(day => day.Visits.Count());
}

/// <summary>One local date and its entries in time order (time off before a visit that starts with it).</summary>
public sealed record CalendarDay(DateOnly Date, bool IsToday, IReadOnlyList<CalendarEntry> Entries)
{
    public IEnumerable<CalendarEntry> Visits => Entries.Where(entry => entry.Booking is not null);

    /// <summary>The part of the day the caregiver is away, if any.</summary>
    public CalendarEntry? TimeOff => Entries.FirstOrDefault(entry => entry.Booking is null);
}

/// <summary>
/// Something on a day from <see cref="Start"/> to <see cref="End"/> (local times, <see cref="End"/> at most the next
/// midnight): a visit, daycare day or clinic appointment with its <see cref="Booking"/>, or, with none, the caregiver's
/// time off on that day (<see cref="WholeDay"/> when it covers all of it).
/// </summary>
public sealed record CalendarEntry(DateTimeOffset Start, DateTimeOffset End, bool WholeDay, CalendarBooking? Booking);

/// <summary>
/// The booking a visit belongs to, as the calendar's owner sees it: <see cref="You"/> is their side, so the page names
/// the other one (the recipient for a provider, the recipient and the provider for a family).
/// </summary>
public sealed record CalendarBooking(
    Guid Id, BookingKind Kind, BookingStatus Status, VisitStatus VisitStatus, string RecipientName, string ProviderName, BookingSide You);
