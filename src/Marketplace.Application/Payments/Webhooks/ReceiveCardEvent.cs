using Marketplace.Application.Bookings;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Payments.Webhooks;

/// <summary>
/// A webhook from the card processor: <see cref="Body"/> exactly as received and its <see cref="Signature"/> header.
/// The signature is checked first (<see cref="InvalidCardEventException"/> when it does not hold); an event seen before,
/// or of a kind we do not act on, changes nothing.
/// </summary>
public sealed record ReceiveCardEvent(string Body, string? Signature) : ICommand;

public sealed partial class CardWebhookHandler(
    ICardProcessor cards, ICardEventLog seen, IBookingRepository bookings, TimeProvider clock, ILogger<CardWebhookHandler> logger)
    : ICommandHandler<ReceiveCardEvent>
{
    public async ValueTask<Unit> Handle(ReceiveCardEvent command, CancellationToken cancellationToken)
    {
        if (cards.ReadEvent(command.Body, command.Signature) is not { } cardEvent || await seen.HasAsync(cardEvent.EventId, cancellationToken))
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow();
        seen.Add(cardEvent, now);
        var booking = cardEvent.BookingId is { } bookingId
            ? await bookings.FindAsync(bookingId, cancellationToken)
            : await bookings.FindByProcessorPaymentAsync(cardEvent.ProcessorPaymentId, cancellationToken);
        if (booking is null)
        {
            LogUnmatched(logger, cardEvent.EventId, cardEvent.Kind);
            return Unit.Value;
        }

        booking.Apply(cardEvent, now);
        if (cardEvent.Kind == CardEventKind.Disputed)
        {
            LogDisputed(logger, booking.Id, cardEvent.Amount.Rupiah);
        }

        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card event {EventId} ({Kind}) names no booking of ours; recorded and ignored")]
    private static partial void LogUnmatched(ILogger logger, string eventId, CardEventKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The card payment of booking {BookingId} is disputed for Rp {AmountIdr}; an admin must answer it on Stripe")]
    private static partial void LogDisputed(ILogger logger, Guid bookingId, long amountIdr);
}
