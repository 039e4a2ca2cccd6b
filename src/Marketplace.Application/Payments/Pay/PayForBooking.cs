using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Payments.Pay;

/// <summary>
/// The family chooses how to pay for an accepted booking, which confirms it. <see cref="Method"/> defaults to offline
/// (cash to the caregiver, or a bank transfer to the enterprise); card payments need a card processor, not set up yet.
/// </summary>
public sealed record PayForBooking(Guid BookingId, PaymentMethod? Method) : ICommand<PaymentView>;

public sealed class PayForBookingHandler(ICurrentUser currentUser, IBookingRepository bookings, TimeProvider clock)
    : ICommandHandler<PayForBooking, PaymentView>
{
    public async ValueTask<PaymentView> Handle(PayForBooking command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        if (booking.SideOf(currentUser.RequireUserId()) != BookingSide.Family)
        {
            throw new ForbiddenException("Only the family pays for its booking.");
        }

        if (command.Method == PaymentMethod.Card)
        {
            throw new BusinessRuleException("Card payments are not available yet; choose to pay offline (cash or bank transfer).");
        }

        return PaymentView.Of(booking.PayOffline(clock.GetUtcNow()), booking);
    }
}
