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

    public int? Hours { get; set; }

    /// <summary>Repeat weekly on these days, for <see cref="Weeks"/> weeks; none means one visit.</summary>
    public List<DayOfWeek> RepeatDays { get; set; } = [];

    public int? Weeks { get; set; }

    public bool Repeats { get; set; }

    private const int DefaultHours = 2;

    /// <summary>
    /// The form as a family starts it for a caregiver: the visit they searched for when they found the caregiver
    /// (see <see cref="SearchedVisit"/>), otherwise a two-hour visit they still have to place; repeated for four weeks if
    /// they choose to repeat.
    /// </summary>
    public static BookingForm New(Guid caregiverId, SearchedVisit visit) => new()
    {
        CaregiverId = caregiverId,
        Date = visit.Date,
        Time = visit.Time,
        Hours = visit.Hours ?? DefaultHours,
        Weeks = 4,
    };

    /// <summary>The command, or the fields left out or out of range (the page says which).</summary>
    public (RequestHomeCareBooking? Command, IReadOnlyDictionary<string, string> Unreadable) ToCommand(string timeZone)
    {
        var unreadable = new Dictionary<string, string>();
        if (Date is null || Time is null)
        {
            unreadable[nameof(Date)] = "Booking.ChooseDateAndTime";
        }

        FormDates.Check(Date, nameof(Date), unreadable);
        if (Hours is null)
        {
            unreadable[nameof(Hours)] = FormNumbers.Missing;
        }

        if (Repeats && Weeks is null)
        {
            unreadable[nameof(Weeks)] = FormNumbers.Missing;
        }

        return unreadable.Count > 0
            ? (null, unreadable)
            : (new RequestHomeCareBooking(
                CaregiverId, RecipientId, IndonesianTimeZones.ToInstant(Date!.Value, Time!.Value, timeZone), Hours!.Value,
                Repeats ? new WeeklyRepeat(RepeatDays, Weeks!.Value) : null), unreadable);
    }

    /// <summary>The form field a use case's property belongs to.</summary>
    public static string FieldOf(string property) => property switch
    {
        nameof(RequestHomeCareBooking.Start) => nameof(Date),
        "RepeatWeekly.Weeks" => nameof(Weeks),
        _ when property.StartsWith("RepeatWeekly.Days", StringComparison.Ordinal) => nameof(RepeatDays),
        _ => property,
    };
}
