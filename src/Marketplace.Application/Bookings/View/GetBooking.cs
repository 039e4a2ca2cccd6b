using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Bookings.View;

/// <summary>One booking, for its family, its caregiver or an admin; 404 for anyone else.</summary>
public sealed record GetBooking(Guid Id) : IQuery<BookingView>;

public sealed class GetBookingHandler(ICurrentUser currentUser, IBookingRepository bookings) : IQueryHandler<GetBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(GetBooking query, CancellationToken cancellationToken) =>
        BookingView.Of(await bookings.GetForPartyAsync(query.Id, currentUser, cancellationToken));
}
