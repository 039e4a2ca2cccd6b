using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Payments.Refund;

/// <summary>
/// An admin gives <see cref="AmountIdr"/> whole Rupiah of a captured card payment back to the family's card (after a
/// complaint, say), up to what was captured and not yet refunded. The refund comes out of the provider's earning and
/// the platform's commission in the booking's proportion.
/// </summary>
public sealed record RefundCardPayment(Guid BookingId, long AmountIdr) : ICommand<PaymentView>;

public sealed class RefundCardPaymentHandler(ICurrentUser currentUser, IBookingRepository bookings, ICardProcessor cards, TimeProvider clock)
    : ICommandHandler<RefundCardPayment, PaymentView>
{
    public async ValueTask<PaymentView> Handle(RefundCardPayment command, CancellationToken cancellationToken)
    {
        if (!currentUser.IsInRole(AccountRoles.Admin))
        {
            throw new ForbiddenException("Only an admin refunds a payment.");
        }

        var booking = await bookings.FindAsync(command.BookingId, cancellationToken) ?? throw new NotFoundException("Booking", command.BookingId);
        var amount = Money.FromRupiah(command.AmountIdr);
        booking.RequireRefundable(amount);
        var payment = booking.Payment!;

        // Keyed by what was refunded before, so the same refund sent twice is made once by Stripe and posted once here.
        var key = $"refund:{payment.Id:D}:{payment.Refunded.Rupiah}";
        await cards.RefundAsync(new CardRefund(payment.ProcessorPaymentId!, amount, key, FromPayee: payment.PayeeAccountId is not null), cancellationToken);
        booking.Apply(new CardEvent(key, CardEventKind.Refunded, payment.ProcessorPaymentId!, booking.Id, payment.Id, payment.Refunded + amount), clock.GetUtcNow());
        return PaymentView.Of(payment, booking, forFamily: false);
    }
}
