using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Bookings.View;

/// <summary>
/// The caller's bookings, as family or as caregiver, newest request first, a page at a time: optionally one status, and
/// only those with a visit between <see cref="From"/> and <see cref="To"/>. Each booking shown with a visit log is
/// written to the access log.
/// </summary>
public sealed record ListMyBookings(
    BookingStatus? Status = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1, int PageSize = PageRequests.DefaultPageSize)
    : IQuery<Paged<BookingView>>, IPageRequest;

public sealed class ListMyBookingsHandler(ICurrentUser currentUser, IBookingRepository bookings, IRecipientAccessLog accessLog)
    : IQueryHandler<ListMyBookings, Paged<BookingView>>
{
    /// <summary>The most bookings a calendar or schedule reads for its period.</summary>
    public const int Limit = 200;

    public async ValueTask<Paged<BookingView>> Handle(ListMyBookings query, CancellationToken cancellationToken)
    {
        var reader = HealthDataReader.Of(currentUser);
        var filter = new BookingFilter(query.Status, query.From, query.To, query.PageSize, query.Skip());
        var found = await bookings.ListForUserAsync(reader.UserId, filter, cancellationToken);
        var total = await bookings.CountForUserAsync(reader.UserId, filter, cancellationToken);

        // The list holds only the caller's own bookings: as their family, or as the one who gives the care.
        await accessLog.RecordVisitLogReadsAsync(
            reader, found, b => b.Parties.FamilyUserId == reader.UserId ? AccessPurpose.OwnFamily : AccessPurpose.ProvidingCare, cancellationToken);
        return new Paged<BookingView>([.. found.Select(b => BookingView.Of(b, reader.UserId))], total, query.Page, query.PageSize);
    }
}
