using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Application.Bookings;

public static class BookingRepositoryExtensions
{
    /// <summary>
    /// The booking, for one of its parties (or an admin). To anyone else it does not exist (404), so
    /// booking ids cannot be probed.
    /// </summary>
    public static async Task<Booking> GetForPartyAsync(
        this IBookingRepository bookings, Guid id, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var booking = await bookings.FindAsync(id, cancellationToken);
        return booking is not null && IsPartyOrAdmin(booking, currentUser) ? booking : throw new NotFoundException("Booking", id);
    }

    public static bool IsPartyOrAdmin(Booking booking, ICurrentUser currentUser) =>
        booking.SideOf(currentUser.RequireUserId()) is not null || currentUser.IsInRole(AccountRoles.Admin);

    /// <summary>The booking, for its provider only: the one who answers, checks in and out.</summary>
    public static async Task<Booking> GetForProviderAsync(
        this IBookingRepository bookings, Guid id, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(id, currentUser, cancellationToken);
        return booking.Parties.ProviderUserId == currentUser.RequireUserId()
            ? booking
            : throw new ForbiddenException("Only the booked caregiver can do this.");
    }

    /// <summary>The booking, for its family only; to anyone else, its provider and admins too, it does not exist (404).</summary>
    public static async Task<Booking> GetForFamilyAsync(
        this IBookingRepository bookings, Guid id, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var booking = await bookings.FindAsync(id, cancellationToken);
        return booking is not null && booking.SideOf(currentUser.RequireUserId()) == BookingSide.Family ? booking : throw new NotFoundException("Booking", id);
    }
}
