using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Bookings.Expire;

/// <summary>
/// Ends requests nobody answered in time, and accepted bookings nobody confirmed before their first visit, freeing the
/// caregivers' time (and a sponsor's reserved share) and telling the families. Answers how many it ended.
/// </summary>
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

        var unpaid = await bookings.ListUnpaidStartedAsync(now, BatchSize, cancellationToken);
        foreach (var booking in unpaid)
        {
            booking.LapseUnpaid(now);
        }

        if (unanswered.Count + unpaid.Count > 0)
        {
            LogExpired(logger, unanswered.Count, unpaid.Count);
        }

        return unanswered.Count + unpaid.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Unanswered} unanswered booking requests and {Unpaid} accepted bookings nobody confirmed")]
    private static partial void LogExpired(ILogger logger, int unanswered, int unpaid);
}
