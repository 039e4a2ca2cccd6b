using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Payouts;
using Marketplace.Application.Sponsors;
using Mediator;

namespace Marketplace.Application.Payments.Pay;

/// <summary>
/// The family chooses how to pay for an accepted booking. Offline (cash to the caregiver, or a bank transfer to the
/// enterprise) confirms it at once. By card, the answer's <see cref="PaymentView.CheckoutUrl"/> is the card processor's
/// page where the family authorises the price (or, for care ending after an authorisation would lapse, saves its card);
/// the booking is confirmed when the processor reports the authorisation (or the saved card).
/// <see cref="Method"/> defaults to card where a card processor is configured, and to offline otherwise. With
/// <see cref="SponsorProgrammeId"/>, a programme the family is eligible for pays its share and the family the rest.
/// </summary>
public sealed record PayForBooking(Guid BookingId, PaymentMethod? Method, Guid? SponsorProgrammeId = null) : ICommand<PaymentView>;

public sealed class PayForBookingHandler(
    ICurrentUser currentUser, IBookingRepository bookings, ICardProcessor cards, IPayoutRepository payouts, SponsorShares sponsors, TimeProvider clock)
    : ICommandHandler<PayForBooking, PaymentView>
{
    public async ValueTask<PaymentView> Handle(PayForBooking command, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(command.BookingId, currentUser, cancellationToken);
        if (booking.SideOf(currentUser.RequireUserId()) != BookingSide.Family)
        {
            throw new ForbiddenException("Only the family pays for its booking.");
        }

        var now = clock.GetUtcNow();
        if (command.SponsorProgrammeId is { } programmeId)
        {
            await sponsors.ReserveAsync(booking, programmeId, now, cancellationToken);
        }

        // A booking a sponsor pays in full leaves nothing to hold on a card: it is confirmed as an offline payment of Rp 0.
        if ((command.Method ?? (cards.TakesCards ? PaymentMethod.Card : PaymentMethod.Offline)) == PaymentMethod.Offline || booking.FamilyDue == SharedKernel.Money.Zero)
        {
            return PaymentView.Of(booking.PayOffline(now), booking, forFamily: true);
        }

        // Without a card processor, opening the checkout refuses (and the transaction leaves the booking as it was).
        // Care that ends after an authorisation made now would lapse is paid with a card saved now and authorised later.
        // With Stripe Connect, the charge goes to the provider's own Stripe account when it gave one.
        var payee = cards.PaysProvidersDirectly ? (await payouts.FindAccountAsync(booking.Parties.ProviderUserId, cancellationToken))?.ConnectedAccountId : null;
        var payment = booking.StartCardPayment(now, payee);
        booking.OpenCardCheckout(await cards.OpenCheckoutAsync(
            new CardCheckoutRequest(
                booking.Id, payment.Id, payment.FamilyShare, $"Peduli booking {booking.Id:D}", $"/bookings/{booking.Id:D}",
                SaveCardOnly: booking.OutlastsAnAuthorisation(now, cards.AuthorisationLasts),
                Payee: payee is null ? null : new CardPayee(payee, booking.FamilyCommissionDue())),
            cancellationToken));
        return PaymentView.Of(payment, booking, forFamily: true);
    }
}
