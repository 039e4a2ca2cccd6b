using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Sponsors.Offers;

/// <summary>
/// The sponsor programmes that would pay part of the family's booking if it confirmed now, the largest share first;
/// empty when none does, or the booking is not waiting for payment. Only the family (or an admin) asks.
/// </summary>
public sealed record ListSponsorOffers(Guid BookingId) : IQuery<IReadOnlyList<SponsorOffer>>;

public sealed class ListSponsorOffersHandler(ICurrentUser currentUser, IBookingRepository bookings, SponsorShares shares)
    : IQueryHandler<ListSponsorOffers, IReadOnlyList<SponsorOffer>>
{
    public async ValueTask<IReadOnlyList<SponsorOffer>> Handle(ListSponsorOffers query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(query.BookingId, currentUser, cancellationToken);
        if (booking.SideOf(currentUser.RequireUserId()) != BookingSide.Family && !currentUser.IsInRole(Accounts.AccountRoles.Admin))
        {
            throw new Common.Errors.ForbiddenException("Only the family sees the sponsor programmes that would pay for its booking.");
        }

        return booking.Status == BookingStatus.Accepted && booking.Sponsorship is null
            ? await shares.OffersAsync(booking, cancellationToken)
            : [];
    }
}
