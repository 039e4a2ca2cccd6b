namespace Marketplace.Application.Bookings;

public interface IBookingRepository
{
    void Add(Booking booking);

    /// <summary>The booking with its visits.</summary>
    Task<Booking?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The booking with its visits, for work that reads it and changes nothing (an email about it): not tracked. A
    /// change made to what this returns is never saved; use <see cref="FindAsync"/> to change it.
    /// </summary>
    Task<Booking?> ReadAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The booking whose payment is the card processor's <paramref name="processorPaymentId"/>, with its visits.</summary>
    Task<Booking?> FindByProcessorPaymentAsync(string processorPaymentId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether any visit of the caregiver that still holds their time, other than <paramref name="exceptVisitId"/>,
    /// overlaps one of <paramref name="visits"/>.
    /// </summary>
    Task<bool> AnyVisitOverlapsAsync(Guid caregiverId, IReadOnlyList<TimeWindow> visits, Guid? exceptVisitId, CancellationToken cancellationToken);

    /// <summary>Whether the recipient already holds a place at <paramref name="placeId"/> (a daycare or a clinic slot) starting at one of <paramref name="starts"/>.</summary>
    Task<bool> RecipientHoldsPlaceAsync(Guid recipientId, Guid placeId, IReadOnlyList<DateTimeOffset> starts, CancellationToken cancellationToken);

    /// <summary>
    /// The windows of the caregivers' visits that hold their time and end after <paramref name="after"/>, by caregiver,
    /// each caregiver's in order of start; a caregiver with none has an empty group.
    /// </summary>
    Task<ILookup<Guid, TimeWindow>> ListHeldTimeAsync(IReadOnlyCollection<Guid> caregiverIds, DateTimeOffset after, CancellationToken cancellationToken);

    /// <summary>
    /// The caregiver's bookings still open (requested, accepted or confirmed) with a visit that holds their time between
    /// <paramref name="after"/> and <paramref name="before"/>, with all their visits.
    /// </summary>
    Task<IReadOnlyList<Booking>> ListOpenHoldingTimeAsync(Guid caregiverId, DateTimeOffset after, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>The bookings the user is a party to (as family or caregiver), newest first: <see cref="BookingFilter.Limit"/> of them after skipping <see cref="BookingFilter.Skip"/>.</summary>
    Task<IReadOnlyList<Booking>> ListForUserAsync(Guid userId, BookingFilter filter, CancellationToken cancellationToken);

    /// <summary>How many bookings <see cref="ListForUserAsync"/> lists for <paramref name="filter"/>, its skip and limit aside.</summary>
    Task<int> CountForUserAsync(Guid userId, BookingFilter filter, CancellationToken cancellationToken);

    /// <summary>The bookings of the families, newest first.</summary>
    Task<IReadOnlyList<Booking>> ListForFamiliesAsync(IReadOnlyList<Guid> familyIds, int limit, CancellationToken cancellationToken);

    /// <summary>Requests still waiting for an answer whose time to answer has passed.</summary>
    Task<IReadOnlyList<Booking>> ListUnansweredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Accepted bookings nobody confirmed whose first visit not cancelled began by <paramref name="now"/>, oldest first, at
    /// most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<Booking>> ListUnpaidStartedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Confirmed bookings (or in progress) with a scheduled visit not reminded of yet that starts after
    /// <paramref name="now"/> and by <paramref name="until"/>, oldest request first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<Booking>> ListDueForReminderAsync(DateTimeOffset now, DateTimeOffset until, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Bookings paid with a card saved at checkout and not yet asked to authorise it, whose last visit not cancelled ends by
    /// <paramref name="endsBy"/>, oldest payment first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<Booking>> ListSavedCardsDueAsync(DateTimeOffset endsBy, int limit, CancellationToken cancellationToken);

    /// <summary>The listing each of the bookings named is of; bookings of no listing (home care booked with a caregiver) are left out.</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> ListingsOfAsync(IReadOnlyList<Guid> bookingIds, CancellationToken cancellationToken);

    /// <summary>Whether the caregiver account has a booking for the recipient that is not over.</summary>
    Task<bool> HasActiveBookingAsync(Guid caregiverUserId, Guid recipientId, CancellationToken cancellationToken);

    /// <summary>Whether the recipient has a booking, with anyone, that is not over (requested, accepted, confirmed or under way).</summary>
    Task<bool> HasOpenBookingForRecipientAsync(Guid recipientId, CancellationToken cancellationToken);

    /// <summary>
    /// The recipient's home-care bookings still open (requested, accepted or confirmed) or under way with a visit that
    /// holds time overlapping <paramref name="window"/>, with all their visits.
    /// </summary>
    Task<IReadOnlyList<Booking>> ListOpenForRecipientAsync(Guid recipientId, TimeWindow window, CancellationToken cancellationToken);

    /// <summary>
    /// The caregivers who have cared for the recipient (a completed visit) or are confirmed to (a visit still holding time
    /// in a confirmed booking, or one under way), the most recent such visit first.
    /// </summary>
    Task<IReadOnlyList<Guid>> ListCaregiversOfRecipientAsync(Guid recipientId, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="caregiverIds"/> with a visit that holds their time overlapping <paramref name="window"/>.</summary>
    Task<IReadOnlySet<Guid>> ListBusyCaregiversAsync(IReadOnlyCollection<Guid> caregiverIds, TimeWindow window, CancellationToken cancellationToken);
}

/// <summary>A span of time from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public sealed record TimeWindow(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// Which bookings to list: by status, and those with a visit between <see cref="From"/> and <see cref="To"/>; at most
/// <see cref="Limit"/> of them, after the first <see cref="Skip"/>.
/// </summary>
public sealed record BookingFilter(BookingStatus? Status, DateTimeOffset? From, DateTimeOffset? To, int Limit, int Skip = 0);
