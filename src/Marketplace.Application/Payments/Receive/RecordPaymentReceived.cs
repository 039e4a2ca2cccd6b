using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Payments.Receive;

/// <summary>
/// The provider (or an admin) received <see cref="AmountIdr"/> Rupiah from the family, in cash or by transfer.
/// <see cref="OutstandingIdr"/> is the amount still owed that the caller saw; if it changed meanwhile, nothing is
/// recorded (409), so a form sent twice records one payment.
/// </summary>
public sealed record RecordPaymentReceived(Guid BookingId, long AmountIdr, long OutstandingIdr) : ICommand<PaymentView>;

public sealed class RecordPaymentReceivedHandler(ICurrentUser currentUser, IBookingRepository bookings, TimeProvider clock)
    : ICommandHandler<RecordPaymentReceived, PaymentView>
{
    public async ValueTask<PaymentView> Handle(RecordPaymentReceived command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        if (booking.SideOf(currentUser.RequireUserId()) != BookingSide.Provider && !currentUser.IsInRole(AccountRoles.Admin))
        {
            throw new ForbiddenException("Only the provider who received the money, or an admin, records it.");
        }

        booking.RecordPaymentReceived(Money.FromRupiah(command.AmountIdr), Money.FromRupiah(command.OutstandingIdr), clock.GetUtcNow());
        return PaymentView.Of(booking.Payment!, booking, forFamily: false);
    }
}
