using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Cancel;

/// <summary>
/// What cancelling would charge, now, before anything is cancelled: the whole booking, or the one visit
/// <see cref="VisitId"/> names. For the booking's family and provider; 404 to anyone else, 403 to an admin or care manager
/// (who may read the booking but not change it), 409 when there is nothing left that could be cancelled.
/// </summary>
public sealed record PreviewCancellation(Guid BookingId, Guid? VisitId = null) : IQuery<CancellationPreview>;

public sealed class PreviewCancellationHandler(ICurrentUser currentUser, IBookingRepository bookings, TimeProvider clock)
    : IQueryHandler<PreviewCancellation, CancellationPreview>
{
    public async ValueTask<CancellationPreview> Handle(PreviewCancellation query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(query.BookingId, currentUser, cancellationToken);
        var quote = booking.QuoteCancellation(currentUser.SideIn(booking), clock.GetUtcNow(), query.VisitId is { } visitId ? [visitId] : null);
        return CancellationPreview.Of(booking, quote, query.VisitId);
    }
}
