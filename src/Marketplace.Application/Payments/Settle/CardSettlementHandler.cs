using Marketplace.Application.Common.Outbox;
using Marketplace.Application.SharedKernel;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Payments.Settle;

/// <summary>
/// Captures what a finished booking's care cost from the card, or releases the authorisation when it cost nothing,
/// then records the outcome on the booking. The idempotency key is the payment's, so a retry after a crash captures
/// once. A processor that cannot be reached throws, and the outbox tries again later; a refusal (the authorisation
/// expired, say) is recorded as a release, and the family then pays the provider directly.
/// </summary>
public sealed partial class CardSettlementHandler(ICardProcessor cards, ISender sender, ILogger<CardSettlementHandler> logger)
    : IOutboxHandler<CardSettlement>
{
    public async Task HandleAsync(CardSettlement message, Guid messageId, CancellationToken cancellationToken)
    {
        var captured = Money.Zero;
        try
        {
            if (message.CaptureIdr > 0)
            {
                captured = await cards.CaptureAsync(
                    new CardCapture(
                        message.ProcessorPaymentId, Money.FromRupiah(message.CaptureIdr), $"capture:{message.PaymentId:D}",
                        message.PlatformFeeIdr is { } fee ? Money.FromRupiah(fee) : null),
                    cancellationToken);
            }
            else
            {
                await cards.ReleaseAsync(message.ProcessorPaymentId, $"release:{message.ProcessorPaymentId}", cancellationToken);
            }
        }
        catch (CardRefusedException refused)
        {
            LogRefused(logger, refused, message.BookingId, message.CaptureIdr);
        }

        var outcome = new CardEvent(
            $"settlement:{messageId:D}", captured > Money.Zero ? CardEventKind.Captured : CardEventKind.Released,
            message.ProcessorPaymentId, message.BookingId, message.PaymentId, captured);
        await sender.Send(new RecordCardOutcome(outcome), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe refused to settle the card payment of booking {BookingId} (capture Rp {CaptureIdr}); the family now pays the provider directly")]
    private static partial void LogRefused(ILogger logger, Exception exception, Guid bookingId, long captureIdr);
}
