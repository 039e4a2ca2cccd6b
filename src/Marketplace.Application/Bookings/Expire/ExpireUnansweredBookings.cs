using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Bookings.Expire;

/// <summary>Ends requests nobody answered in time, freeing the caregivers' time and telling the families.</summary>
public sealed record ExpireUnansweredBookings : ICommand<int>;

public sealed partial class ExpireUnansweredBookingsHandler(
    IBookingRepository bookings, TimeProvider clock, ILogger<ExpireUnansweredBookingsHandler> logger)
    : ICommandHandler<ExpireUnansweredBookings, int>
{
    // One batch per run keeps the transaction short; the next run takes the rest.
    private const int BatchSize = 500;

    public async ValueTask<int> Handle(ExpireUnansweredBookings command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var unanswered = await bookings.ListUnansweredAsync(now, BatchSize, cancellationToken);
        foreach (var booking in unanswered)
        {
            booking.Expire(now);
        }

        if (unanswered.Count > 0)
        {
            LogExpired(logger, unanswered.Count);
        }

        return unanswered.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} unanswered booking requests")]
    private static partial void LogExpired(ILogger logger, int count);
}
