using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Payments.Settle;
using Marketplace.Application.SharedKernel;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Payments.Authorise;

/// <summary>
/// Authorises the family's share on the card it saved at checkout, then records the outcome on the booking. The
/// idempotency key is the payment's, so a retry after a crash authorises once. A processor that cannot be reached
/// throws, and the outbox tries again later; a card declined (or needing the family to authenticate) leaves the
/// family to pay the provider directly.
/// </summary>
public sealed partial class CardAuthorisationHandler(ICardProcessor cards, ISender sender, ILogger<CardAuthorisationHandler> logger)
    : IOutboxHandler<CardAuthorisationDue>
{
    public async Task HandleAsync(CardAuthorisationDue message, Guid messageId, CancellationToken cancellationToken)
    {
        var amount = Money.FromRupiah(message.AmountIdr);
        CardEvent outcome;
        try
        {
            var processorPaymentId = await cards.AuthoriseSavedCardAsync(
                new SavedCardAuthorisation(
                    message.BookingId, message.PaymentId, new SavedCard(message.CustomerId, message.PaymentMethodId), amount,
                    $"Peduli booking {message.BookingId:D}",
                    message.PayeeAccountId is { } payee ? new CardPayee(payee, Money.FromRupiah(message.PlatformFeeIdr)) : null),
                cancellationToken);
            outcome = new CardEvent($"authorisation:{messageId:D}", CardEventKind.Authorised, processorPaymentId, message.BookingId, message.PaymentId, amount);
        }
        catch (CardRefusedException refused)
        {
            LogRefused(logger, refused, message.BookingId, message.AmountIdr);
            outcome = new CardEvent($"authorisation:{messageId:D}", CardEventKind.Declined, "", message.BookingId, message.PaymentId, amount);
        }

        await sender.Send(new RecordCardOutcome(outcome), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe refused to authorise the saved card of booking {BookingId} (Rp {AmountIdr}); the family now pays the provider directly")]
    private static partial void LogRefused(ILogger logger, Exception exception, Guid bookingId, long amountIdr);
}
