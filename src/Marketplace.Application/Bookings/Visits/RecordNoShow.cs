using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Visits;

/// <summary>The caregiver came at the visit's time and nobody was there to receive them.</summary>
public sealed record RecordNoShow(Guid BookingId, Guid VisitId) : ICommand<BookingView>;

public sealed class RecordNoShowHandler(ICurrentUser currentUser, IBookingRepository bookings, TimeProvider clock)
    : ICommandHandler<RecordNoShow, BookingView>
{
    public async ValueTask<BookingView> Handle(RecordNoShow command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForProviderAsync(command.BookingId, currentUser, cancellationToken);
        booking.MarkNoShow(command.VisitId, clock.GetUtcNow());
        return BookingView.Of(booking, currentUser.UserId);
    }
}
