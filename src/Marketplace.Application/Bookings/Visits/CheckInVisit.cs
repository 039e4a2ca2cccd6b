using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.Visits;

/// <summary>The caregiver arrives: the visit due now, or the one named by <see cref="VisitId"/>.</summary>
public sealed record CheckInVisit(Guid BookingId, Guid? VisitId) : ICommand<BookingView>;

public sealed class CheckInVisitHandler(ICurrentUser currentUser, IBookingRepository bookings, TimeProvider clock)
    : ICommandHandler<CheckInVisit, BookingView>
{
    public async ValueTask<BookingView> Handle(CheckInVisit command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForProviderAsync(command.BookingId, currentUser, cancellationToken);
        booking.CheckIn(command.VisitId, clock.GetUtcNow());
        return BookingView.Of(booking, currentUser.UserId);
    }
}
