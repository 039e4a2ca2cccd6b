using Marketplace.Application.Bookings;
using Marketplace.Application.Payments;
using Marketplace.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class BookingRepository(MarketplaceDbContext db) : IBookingRepository
{
    public void Add(Booking booking) => db.Bookings.Add(booking);

    // One query, not the context's split default: a booking has one collection (its visits), so joining them repeats
    // the booking's columns once per visit and multiplies nothing, and saves a round trip on every read of a booking.
    public Task<Booking?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Bookings.AsSingleQuery().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    public Task<Booking?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Bookings.AsNoTracking().AsSingleQuery().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    public Task<Booking?> FindByProcessorPaymentAsync(string processorPaymentId, CancellationToken cancellationToken) =>
        db.Bookings.FirstOrDefaultAsync(b => b.Payment!.ProcessorPaymentId == processorPaymentId, cancellationToken);

    public async Task<bool> AnyVisitOverlapsAsync(
        Guid caregiverId, IReadOnlyList<TimeWindow> visits, Guid? exceptVisitId, CancellationToken cancellationToken)
    {
        // Npgsql writes only UTC instants; callers may hold the offset the family wrote.
        var from = visits.Min(v => v.Start).ToUniversalTime();
        var to = visits.Max(v => v.End).ToUniversalTime();
        var held = await db.Set<BookingVisit>()
            .Where(v => v.CaregiverId == caregiverId && v.HoldsTime && v.Id != exceptVisitId && v.StartsAt < to && from < v.EndsAt)
            .Select(v => new TimeWindow(v.StartsAt, v.EndsAt))
            .ToListAsync(cancellationToken);
        return held.Any(h => visits.Any(v => h.Start < v.End && v.Start < h.End));
    }

    public Task<bool> RecipientHoldsPlaceAsync(Guid recipientId, Guid placeId, IReadOnlyList<DateTimeOffset> starts, CancellationToken cancellationToken)
    {
        var utc = starts.Select(start => start.ToUniversalTime()).ToList();
        return db.Set<BookingVisit>()
            .AnyAsync(v => v.PlaceId == placeId && v.RecipientId == recipientId && v.HoldsTime && utc.Contains(v.StartsAt), cancellationToken);
    }

    public Task<ILookup<Guid, TimeWindow>> ListHeldTimeAsync(IReadOnlyCollection<Guid> caregiverIds, DateTimeOffset after, CancellationToken cancellationToken) =>
        db.HeldTimeByCaregiverAsync(caregiverIds, after, cancellationToken);

    public async Task<IReadOnlyList<Booking>> ListOpenHoldingTimeAsync(Guid caregiverId, DateTimeOffset after, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var (start, end) = (after.ToUniversalTime(), before.ToUniversalTime());
        return await db.Bookings
            .Where(b => (b.Status == BookingStatus.Requested || b.Status == BookingStatus.Accepted || b.Status == BookingStatus.Confirmed)
                && b.Visits.Any(v => v.CaregiverId == caregiverId && v.HoldsTime && v.StartsAt < end && start < v.EndsAt))
            .OrderBy(b => b.RequestedAt).AsSplitQuery().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Booking>> ListForUserAsync(Guid userId, BookingFilter filter, CancellationToken cancellationToken) =>
        await OfUser(userId, filter).OrderByDescending(b => b.RequestedAt).ThenBy(b => b.Id).Skip(filter.Skip).Take(filter.Limit)
            .AsSplitQuery().ToListAsync(cancellationToken);

    public Task<int> CountForUserAsync(Guid userId, BookingFilter filter, CancellationToken cancellationToken) =>
        OfUser(userId, filter).CountAsync(cancellationToken);

    private IQueryable<Booking> OfUser(Guid userId, BookingFilter filter)
    {
        var query = db.Bookings.Where(b => b.Parties.FamilyUserId == userId || b.Parties.ProviderUserId == userId);
        if (filter.Status is { } status)
        {
            query = query.Where(b => b.Status == status);
        }

        if (filter.From?.ToUniversalTime() is { } from)
        {
            query = query.Where(b => b.Visits.Any(v => v.EndsAt > from));
        }

        if (filter.To?.ToUniversalTime() is { } to)
        {
            query = query.Where(b => b.Visits.Any(v => v.StartsAt < to));
        }

        return query;
    }

    public async Task<IReadOnlyList<Booking>> ListForFamiliesAsync(IReadOnlyList<Guid> familyIds, int limit, CancellationToken cancellationToken) =>
        await db.Bookings.Where(b => familyIds.Contains(b.Parties.FamilyId))
            .OrderByDescending(b => b.RequestedAt).Take(limit).AsSplitQuery().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Booking>> ListUnansweredAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await db.Bookings.Where(b => b.Status == BookingStatus.Requested && b.RespondBy <= now.ToUniversalTime())
            .OrderBy(b => b.RespondBy).Take(limit).AsSplitQuery().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Booking>> ListUnpaidStartedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var utc = now.ToUniversalTime();
        return await db.Bookings.Where(b => b.Status == BookingStatus.Accepted && b.Visits.Any(v => v.HoldsTime && v.StartsAt <= utc))
            .OrderBy(b => b.RequestedAt).Take(limit).AsSplitQuery().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Booking>> ListDueForReminderAsync(DateTimeOffset now, DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        var (from, to) = (now.ToUniversalTime(), until.ToUniversalTime());
        return await db.Bookings
            .Where(b => (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.InProgress)
                && b.Visits.Any(v => v.Status == VisitStatus.Scheduled && v.RemindedAt == null && v.StartsAt > from && v.StartsAt <= to))
            .OrderBy(b => b.RequestedAt).Take(limit).AsSplitQuery().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Booking>> ListSavedCardsDueAsync(DateTimeOffset endsBy, int limit, CancellationToken cancellationToken)
    {
        var utc = endsBy.ToUniversalTime();
        return await db.Bookings
            .Where(b => b.Payment!.Status == PaymentStatus.CardSaved && b.Payment.AuthorisationAskedAt == null && !b.Visits.Any(v => v.HoldsTime && v.EndsAt > utc))
            .OrderBy(b => b.Payment!.CreatedAt).Take(limit).AsSplitQuery().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, Guid>> ListingsOfAsync(IReadOnlyList<Guid> bookingIds, CancellationToken cancellationToken) =>
        await db.Bookings.Where(b => bookingIds.Contains(b.Id) && b.Parties.ListingId != null)
            .Select(b => new { b.Id, ListingId = b.Parties.ListingId!.Value })
            .ToDictionaryAsync(b => b.Id, b => b.ListingId, cancellationToken);

    public Task<bool> HasActiveBookingAsync(Guid caregiverUserId, Guid recipientId, CancellationToken cancellationToken) =>
        Open(db.Bookings).AnyAsync(b => b.Parties.ProviderUserId == caregiverUserId && b.Parties.RecipientId == recipientId, cancellationToken);

    public Task<bool> HasOpenBookingForRecipientAsync(Guid recipientId, CancellationToken cancellationToken) =>
        Open(db.Bookings).AnyAsync(b => b.Parties.RecipientId == recipientId, cancellationToken);

    public async Task<IReadOnlyList<Booking>> ListOpenForRecipientAsync(Guid recipientId, TimeWindow window, CancellationToken cancellationToken)
    {
        var (from, to) = (window.Start.ToUniversalTime(), window.End.ToUniversalTime());
        return await Open(db.Bookings)
            .Where(b => b.Kind == BookingKind.HomeCare && b.Parties.RecipientId == recipientId
                && b.Visits.Any(v => v.HoldsTime && v.StartsAt < to && from < v.EndsAt))
            .OrderBy(b => b.RequestedAt).AsSplitQuery().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> ListCaregiversOfRecipientAsync(Guid recipientId, CancellationToken cancellationToken)
    {
        // Grouped here: one person's visits are few, and a plain query of them reads alike on every provider.
        var cared = await db.Bookings
            .Where(b => b.Kind == BookingKind.HomeCare && b.Parties.RecipientId == recipientId)
            .SelectMany(b => b.Visits, (b, v) => new { Booking = b.Status, Visit = v.Status, v.HoldsTime, v.CaregiverId, v.StartsAt })
            .Where(x => x.CaregiverId != null
                && (x.Visit == VisitStatus.Completed || (x.HoldsTime && (x.Booking == BookingStatus.Confirmed || x.Booking == BookingStatus.InProgress))))
            .Select(x => new { CaregiverId = x.CaregiverId!.Value, x.StartsAt })
            .ToListAsync(cancellationToken);
        return [.. cared.GroupBy(c => c.CaregiverId).OrderByDescending(g => g.Max(c => c.StartsAt)).Select(g => g.Key)];
    }

    public async Task<IReadOnlySet<Guid>> ListBusyCaregiversAsync(IReadOnlyCollection<Guid> caregiverIds, TimeWindow window, CancellationToken cancellationToken)
    {
        if (caregiverIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var (from, to) = (window.Start.ToUniversalTime(), window.End.ToUniversalTime());
        var busy = await db.Set<BookingVisit>()
            .Where(v => v.CaregiverId != null && caregiverIds.Contains(v.CaregiverId.Value) && v.HoldsTime && v.StartsAt < to && from < v.EndsAt)
            .Select(v => v.CaregiverId!.Value).Distinct().ToListAsync(cancellationToken);
        return busy.ToHashSet();
    }

    private static IQueryable<Booking> Open(IQueryable<Booking> bookings) =>
        bookings.Where(b => b.Status == BookingStatus.Requested || b.Status == BookingStatus.Accepted || b.Status == BookingStatus.Confirmed
            || b.Status == BookingStatus.InProgress);
}
