using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Quote;
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

    /// <summary>"Hitung harga" was pressed: the form is shown again with its price, and nothing is sent.</summary>
    public bool PriceOnly { get; set; }

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

    /// <summary>
    /// The price query for what the form holds so far, or null while it cannot be priced (no length, a repeat without its
    /// weeks). Without a date and time a weekly repeat's visits cannot be counted yet, and the quote prices one visit only.
    /// </summary>
    public QuoteHomeCare? ToQuote(string timeZone)
    {
        if (Hours is not { } hours || (Repeats && Weeks is null))
        {
            return null;
        }

        DateTimeOffset? start = Date is { } day && PlausibleDates.IsPlausible(day) && Time is { } time ? IndonesianTimeZones.ToInstant(day, time, timeZone) : null;
        return new QuoteHomeCare(CaregiverId, start, hours, Repeats ? new WeeklyRepeat(RepeatDays, Weeks!.Value) : null);
    }

    /// <summary>The fields that hold what no visit could have (a date outside 2000–2100); what is still to choose is not among them.</summary>
    public IReadOnlyDictionary<string, string> OutOfRange()
    {
        var unreadable = new Dictionary<string, string>();
        FormDates.Check(Date, nameof(Date), unreadable);
        return unreadable;
    }

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
