using Marketplace.Application.Common.Errors;
using Marketplace.Application.CarePlans;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Cancel;

/// <summary>
/// The family or the provider cancels the visits still to come; the policy decides what the family owes,
/// and daycare days and clinic slots go back to the listing's capacity. With <see cref="ExpectedChargeIdr"/> (the charge
/// a page or app showed, from <see cref="PreviewCancellation"/>), a different charge is refused (409) rather than taken.
/// </summary>
public sealed record CancelBooking(Guid BookingId, long? ExpectedChargeIdr = null) : ICommand<BookingView>;

public sealed class CancelBookingHandler(
    ICurrentUser currentUser, IBookingRepository bookings, IPlaceCounter places, CareOversight oversight, TimeProvider clock)
    : ICommandHandler<CancelBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(CancelBooking command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        var side = currentUser.SideIn(booking);
        var (_, cancelled) = booking.Cancel(side, clock.GetUtcNow(), command.ExpectedChargeIdr.AsMoney());
        await places.GiveBackAsync(booking, cancelled, cancellationToken);
        await oversight.ObserveCancellationAsync(booking, side, cancelled, cancellationToken);
        return BookingView.Of(booking, currentUser.UserId);
    }
}

internal static class CancellingSide
{
    /// <summary>The side of the booking the caller is on; an admin or care manager may read a booking but not change it (403).</summary>
    public static BookingSide SideIn(this ICurrentUser currentUser, Booking booking) =>
        booking.SideOf(currentUser.RequireUserId()) ?? throw new ForbiddenException("Only the family or the provider can change a booking.");

    /// <summary>An amount the caller says it was shown, as money; null when it said none.</summary>
    public static Money? AsMoney(this long? idr) => idr is { } shown ? Money.FromRupiah(shown) : null;
}
