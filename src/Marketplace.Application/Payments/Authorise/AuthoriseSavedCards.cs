using Marketplace.Application.Bookings;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Payments.Authorise;

/// <summary>
/// Asks for the authorisation of every card saved at checkout whose booking's care now ends within an authorisation's
/// life (<see cref="ICardProcessor.AuthorisationLasts"/>, less <see cref="Booking.CaptureMargin"/>); answers how many.
/// Run on a clock.
/// </summary>
public sealed record AuthoriseSavedCards : ICommand<int>;

public sealed partial class AuthoriseSavedCardsHandler(
    IBookingRepository bookings, ICardProcessor cards, TimeProvider clock, ILogger<AuthoriseSavedCardsHandler> logger)
    : ICommandHandler<AuthoriseSavedCards, int>
{
    // One batch per run keeps the transaction short; the next run takes the rest.
    private const int BatchSize = 500;

    public async ValueTask<int> Handle(AuthoriseSavedCards command, CancellationToken cancellationToken)
    {
        if (!cards.TakesCards)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var due = await bookings.ListSavedCardsDueAsync(now + cards.AuthorisationLasts - Booking.CaptureMargin, BatchSize, cancellationToken);
        var asked = due.Count(booking => booking.AuthoriseSavedCardWhenDue(now, cards.AuthorisationLasts));
        if (asked > 0)
        {
            LogAsked(logger, asked);
        }

        return asked;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Asked to authorise {Count} cards saved for care that now ends within an authorisation's life")]
    private static partial void LogAsked(ILogger logger, int count);
}
