using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Bookings.View;

/// <summary>
/// The caller's bookings, as family or as caregiver: optionally one status, and only those with a visit
/// between <see cref="From"/> and <see cref="To"/> (a caregiver's schedule for a week is such a list).
/// Each booking shown with a visit log is written to the access log.
/// </summary>
public sealed record ListMyBookings(BookingStatus? Status = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
    : IQuery<IReadOnlyList<BookingView>>;

public sealed class ListMyBookingsHandler(ICurrentUser currentUser, IBookingRepository bookings, IRecipientAccessLog accessLog)
    : IQueryHandler<ListMyBookings, IReadOnlyList<BookingView>>
{
    public const int Limit = 200;

    public async ValueTask<IReadOnlyList<BookingView>> Handle(ListMyBookings query, CancellationToken cancellationToken)
    {
        var reader = HealthDataReader.Of(currentUser);
        var found = await bookings.ListForUserAsync(reader.UserId, new BookingFilter(query.Status, query.From, query.To, Limit), cancellationToken);

        // The list holds only the caller's own bookings: as their family, or as the one who gives the care.
        await accessLog.RecordVisitLogReadsAsync(
            reader, found, b => b.Parties.FamilyUserId == reader.UserId ? AccessPurpose.OwnFamily : AccessPurpose.ProvidingCare, cancellationToken);
        return [.. found.Select(b => BookingView.Of(b, reader.UserId))];
    }
}
