using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Bookings.View;

/// <summary>One booking, for its family, its provider, the family's care manager or an admin; 404 for anyone else.</summary>
public sealed record GetBooking(Guid Id) : IQuery<BookingView>;

public sealed class GetBookingHandler(ICurrentUser currentUser, IBookingRepository bookings, IFamilyRepository families)
    : IQueryHandler<GetBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(GetBooking query, CancellationToken cancellationToken)
    {
        var booking = await bookings.FindAsync(query.Id, cancellationToken);
        if (booking is null || !(BookingRepositoryExtensions.IsPartyOrAdmin(booking, currentUser)
            || await families.IsManagedByAsync(booking.Parties.FamilyId, currentUser.RequireUserId(), cancellationToken)))
        {
            throw new NotFoundException("Booking", query.Id);
        }

        return BookingView.Of(booking, currentUser.UserId);
    }
}
