using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Replacements;

/// <summary>
/// The visits of a booking that need another caregiver, for the booking's family (404 for anyone else): what its page
/// shows with "Cari pengganti", or, once the family asked someone, who and how that request stands.
/// </summary>
public sealed record ListVisitsToReplace(Guid BookingId) : IQuery<IReadOnlyList<VisitToReplaceView>>;

/// <summary>A visit to replace: when (in the booking's zone), why, and the request that covers it (null while none does).</summary>
public sealed record VisitToReplaceView(Guid VisitId, DateTimeOffset Start, DateTimeOffset End, ReplacementCause Cause, ReplacementCover? CoveredBy);

/// <summary>The booking that asks another caregiver for the visit's time, her name, and where it stands.</summary>
public sealed record ReplacementCover(Guid BookingId, string CaregiverName, BookingStatus Status);

public sealed class ListVisitsToReplaceHandler(ICurrentUser currentUser, IBookingRepository bookings, ReplacementNeeds needs, TimeProvider clock)
    : IQueryHandler<ListVisitsToReplace, IReadOnlyList<VisitToReplaceView>>
{
    public async ValueTask<IReadOnlyList<VisitToReplaceView>> Handle(ListVisitsToReplace query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForFamilyAsync(query.BookingId, currentUser, cancellationToken);
        return [.. (await needs.ListAsync(booking, clock.GetUtcNow(), cancellationToken)).Select(need => new VisitToReplaceView(
            need.Visit.Id,
            IndonesianTimeZones.ToLocal(need.Visit.StartsAt, booking.TimeZone),
            IndonesianTimeZones.ToLocal(need.Visit.EndsAt, booking.TimeZone),
            need.Cause,
            need.CoveredBy is { } cover ? new ReplacementCover(cover.Id, cover.Parties.ProviderName, cover.Status) : null))];
    }
}
