using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Request;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Web.Pages;

/// <summary>A family's request for home visits, as typed into the page: local date and time in WITA.</summary>
public sealed class BookingForm
{
    public Guid CaregiverId { get; set; }

    public Guid RecipientId { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    public int Hours { get; set; } = 2;

    /// <summary>Repeat weekly on these days, for <see cref="Weeks"/> weeks; none means one visit.</summary>
    public List<DayOfWeek> RepeatDays { get; set; } = [];

    public int Weeks { get; set; } = 4;

    public bool Repeats { get; set; }

    /// <summary>The command, or null when the date or time is missing or out of any sensible range (the page says which).</summary>
    public RequestHomeCareBooking? ToCommand(string timeZone) =>
        Date is { } date && Time is { } time && PlausibleDates.IsPlausible(date)
            ? new RequestHomeCareBooking(
                CaregiverId, RecipientId, IndonesianTimeZones.ToInstant(date, time, timeZone), Hours, Repeats ? new WeeklyRepeat(RepeatDays, Weeks) : null)
            : null;

    /// <summary>The form field a use case's property belongs to.</summary>
    public static string FieldOf(string property) => property switch
    {
        nameof(RequestHomeCareBooking.Start) => nameof(Date),
        "RepeatWeekly.Weeks" => nameof(Weeks),
        _ when property.StartsWith("RepeatWeekly.Days", StringComparison.Ordinal) => nameof(RepeatDays),
        _ => property,
    };
}
