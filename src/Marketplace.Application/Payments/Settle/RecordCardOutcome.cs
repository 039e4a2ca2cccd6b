using Marketplace.Application.Bookings;
using Mediator;

namespace Marketplace.Application.Payments.Settle;

/// <summary>Records on its booking what our own capture or release of a card payment came to.</summary>
public sealed record RecordCardOutcome(CardEvent Outcome) : ICommand;

public sealed class RecordCardOutcomeHandler(IBookingRepository bookings, TimeProvider clock) : ICommandHandler<RecordCardOutcome>
{
    public async ValueTask<Unit> Handle(RecordCardOutcome command, CancellationToken cancellationToken)
    {
        if (command.Outcome.BookingId is { } bookingId && await bookings.FindAsync(bookingId, cancellationToken) is { } booking)
        {
            booking.Apply(command.Outcome, clock.GetUtcNow());
        }

        return Unit.Value;
    }
}
