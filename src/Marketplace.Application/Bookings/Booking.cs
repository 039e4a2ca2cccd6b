using Marketplace.Application.Common.Errors;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;
namespace Marketplace.Application.Bookings;

/// <summary>
/// A family's booking of care for one recipient. A home-care booking holds one visit or a weekly series
/// of visits with one caregiver; a daycare booking holds days at a daycare; a clinic booking holds one
/// slot of a mobile clinic's stop. Every change of state is a method here that checks the current state
/// and raises a <see cref="BookingEvent"/> for the side effects (email now; payments and search later).
/// </summary>
public sealed partial class Booking
{
    /// <summary>Said when a visit would overlap another of the same caregiver, by the use case or by the database.</summary>
    public const string CaregiverAlreadyBooked = "The caregiver already has a visit at that time; choose another time.";

    /// <summary>Said when a visit falls outside the caregiver's weekly hours or in their time off; {0} is that visit's local start.</summary>
    public const string CaregiverNotWorking = "The caregiver does not work on {0:dddd d MMMM yyyy} at {0:HH:mm}; choose a time inside their weekly hours.";

    /// <summary>Said when a person would hold two places at one daycare on a day, or two appointments in one clinic slot.</summary>
    public const string RecipientAlreadyPlaced = "This person already has a place here at that time.";

    /// <summary>Said when a visit would fall beyond the booking horizon (<see cref="BookingPolicy.HorizonMonths"/>).</summary>
    public const string BeyondHorizon = "One of these visits is further ahead than care can be booked.";

    private readonly List<BookingVisit> _visits = [];
    private readonly List<BookingEvent> _events = [];

    // EF Core sets Parties (an owned type) after construction.
    private Booking(Guid id, BookingKind kind, string timeZone, DateTimeOffset requestedAt)
    {
        Id = id;
        Kind = kind;
        TimeZone = timeZone;
        RequestedAt = requestedAt;
        Parties = null!;
    }

    public Guid Id { get; private set; }

    public BookingKind Kind { get; private set; }

    public BookingStatus Status { get; private set; } = BookingStatus.Requested;

    /// <summary>Who booked whom, with the names as they were at booking time.</summary>
    public BookingParties Parties { get; private set; }

    /// <summary>The clinic slot a mobile-clinic booking holds; null for other kinds.</summary>
    public Guid? ClinicSlotId { get; private set; }

    /// <summary>The zone the visits happen in (the caregiver's or the listing's); times are shown in it.</summary>
    public string TimeZone { get; private set; }

    /// <summary>The caregiver's rate for home care; zero for places priced per day or per visit.</summary>
    public Money HourlyRate { get; private set; }

    /// <summary>The price of one visit (or one daycare day).</summary>
    public Money VisitPrice { get; private set; }

    /// <summary>The whole price: every visit's price, but for visits cancelled on their own (<see cref="BookingVisit.Cancellation"/>).</summary>
    public Money Price { get; private set; }

    /// <summary>The platform's commission in percent of the price, as agreed when the booking was made (0 before commissions existed).</summary>
    public int CommissionPercent { get; private set; }

    /// <summary>
    /// The platform's share of the price: its share of each visit, in whole Rupiah rounded down (the provider never gets
    /// less than the shown share), as the ledger takes it when each visit is given.
    /// </summary>
    public Money Commission => CommissionOn(VisitPrice) * _visits.Count(v => v.Cancellation is null);

    /// <summary>What the provider earns from the whole price: the price less the commission.</summary>
    public Money ProviderEarning => Money.FromRupiah(Price.Rupiah - Commission.Rupiah);

    /// <summary>The share of a visit's price the family pays when it cancels less than 24 hours before it.</summary>
    public int LateCancellationPercent { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When an unanswered request expires.</summary>
    public DateTimeOffset RespondBy { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public BookingCancellation? Cancellation { get; private set; }

    public IReadOnlyList<BookingVisit> Visits => _visits;

    /// <summary>Events raised since the booking was loaded; written to the outbox when it is saved.</summary>
    public IReadOnlyList<BookingEvent> Events => _events;

    /// <summary>The family asks a caregiver for home visits; the caregiver's time is held until answered.</summary>
    public static Booking RequestHomeCare(HomeCareRequest request, DateTimeOffset now)
    {
        if (request.Starts.Count == 0 || request.Starts.Any(start => start <= now))
        {
            throw new BusinessRuleException("Every visit must start in the future.");
        }

        if (request.Starts.Any(start => start > request.LatestStart))
        {
            throw new BusinessRuleException(BeyondHorizon);
        }

        EnsureShare(request.CommissionPercent);
        var price = new HomeCarePrice(request.HourlyRate, request.Hours, request.Starts.Count);
        var booking = new Booking(Guid.CreateVersion7(now), BookingKind.HomeCare, request.TimeZone, now)
        {
            Parties = request.Parties,
            HourlyRate = request.HourlyRate,
            VisitPrice = price.VisitPrice,
            Price = price.Total,
            CommissionPercent = request.CommissionPercent,
            LateCancellationPercent = request.LateCancellationPercent,
        };

        // Nobody should wait past the first visit for an answer.
        var firstStart = request.Starts.Min();
        booking.RespondBy = now + request.ResponseTime < firstStart ? now + request.ResponseTime : firstStart;
        booking._visits.AddRange(request.Starts.Order().Select(start =>
            BookingVisit.Plan(
                BookingKind.HomeCare, request.Parties, placeId: null, new TimeWindow(start, start + TimeSpan.FromHours(request.Hours)), now)));
        booking.Raise(BookingEventKind.Requested);
        return booking;
    }

    /// <summary>
    /// A place taken at once, without waiting for an answer: daycare days or a clinic slot. The caller has
    /// taken the places from the listing's capacity in the same transaction.
    /// </summary>
    public static Booking Reserve(PlaceReservation reservation, DateTimeOffset now)
    {
        if (reservation.Windows.Count == 0 || reservation.Windows.Any(window => window.Start <= now))
        {
            throw new BusinessRuleException("Every visit must start in the future.");
        }

        if (reservation.Windows.Any(window => IndonesianTimeZones.LocalDate(window.Start, reservation.TimeZone) > reservation.LatestDate))
        {
            throw new BusinessRuleException(BeyondHorizon);
        }

        EnsureShare(reservation.CommissionPercent);
        var booking = new Booking(Guid.CreateVersion7(now), reservation.Kind, reservation.TimeZone, now)
        {
            Parties = reservation.Parties,
            ClinicSlotId = reservation.ClinicSlotId,
            HourlyRate = Money.Zero,
            VisitPrice = reservation.VisitPrice,
            Price = reservation.VisitPrice * reservation.Windows.Count,
            CommissionPercent = reservation.CommissionPercent,
            LateCancellationPercent = reservation.LateCancellationPercent,
            RespondBy = now,
            AnsweredAt = now,
        };
        booking.Status = booking.ConfirmedWhenFree(BookingStatus.Accepted);
        var place = reservation.ClinicSlotId ?? reservation.Parties.ListingId;
        booking._visits.AddRange(reservation.Windows.OrderBy(w => w.Start)
            .Select(window => BookingVisit.Plan(reservation.Kind, reservation.Parties, place, window, now)));
        booking.Raise(BookingEventKind.Reserved);
        return booking;
    }

    /// <summary>Which side of the booking the user is on, or null for anyone else.</summary>
    public BookingSide? SideOf(Guid userId) =>
        userId == Parties.FamilyUserId ? BookingSide.Family : userId == Parties.ProviderUserId ? BookingSide.Provider : null;

    public void ClearEvents() => _events.Clear();

    /// <summary>What this booking's ledger lines carry of it: its key, and the area the regional report sums their charges by.</summary>
    private LedgerBooking AsLedgerBooking => new(Id, Parties.RecipientAreaCode);

    /// <summary>
    /// Records what happened. Every change of the booking's state ends here, so this is also where each visit's copy of
    /// <see cref="WasConfirmed"/> follows the booking (<see cref="BookingVisit.BookingWasConfirmed"/>).
    /// </summary>
    private void Raise(BookingEventKind kind, BookingSide? by = null, IReadOnlyList<Guid>? visitIds = null)
    {
        _visits.ForEach(visit => visit.FollowConfirmation(WasConfirmed));
        _events.Add(new BookingEvent(Id, kind, by, visitIds));
    }

    /// <summary>A commission is a share of the price: a percent from 0 to 100, never more than the price itself.</summary>
    private static void EnsureShare(int commissionPercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(commissionPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(commissionPercent, 100);
    }
}

/// <summary>
/// The family and recipient of a booking, and its provider: the account that answers and gives the care
/// (a caregiver, or the enterprise of a listing), named as shown to the family.
/// </summary>
/// <param name="RecipientKind">Elder, person with a disability or child, as the family described them when booking; null only for
/// bookings made before it was kept whose recipient was removed since.</param>
/// <param name="RecipientAreaCode">The district the person in care lived in when the care was booked (their address's official area
/// code, such as 73.71.10): where the regional report counts this booking's care (docs/reports.md); null as <paramref name="RecipientKind"/>.</param>
public sealed record BookingParties(
    Guid FamilyId, Guid FamilyUserId, Guid RecipientId, string RecipientName, Guid ProviderUserId, string ProviderName, Guid? CaregiverId, Guid? ListingId,
    Families.RecipientKind? RecipientKind = null, string? RecipientAreaCode = null);

/// <param name="LatestStart">No visit may start later (the booking horizon, <see cref="BookingPolicy.LatestStart"/>).</param>
public sealed record HomeCareRequest(
    BookingParties Parties, IReadOnlyList<DateTimeOffset> Starts, int Hours, Money HourlyRate, string TimeZone,
    int LateCancellationPercent, TimeSpan ResponseTime, DateTimeOffset LatestStart, int CommissionPercent);

/// <summary>Places at a listing: daycare days (a window per day) or one clinic slot.</summary>
/// <param name="LatestDate">No day or slot may fall later, in <paramref name="TimeZone"/> (<see cref="BookingPolicy.LatestDate"/>).</param>
public sealed record PlaceReservation(
    BookingKind Kind, BookingParties Parties, IReadOnlyList<TimeWindow> Windows, Guid? ClinicSlotId, Money VisitPrice, string TimeZone,
    int LateCancellationPercent, DateOnly LatestDate, int CommissionPercent);

public sealed record BookingCancellation(BookingSide By, DateTimeOffset At, Money Charge);
