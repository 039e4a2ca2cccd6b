using Marketplace.Application.Common.Outbox;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Bookings.Reminders;

/// <summary>
/// Reminds the family and the provider of each visit, daycare day and clinic slot a day ahead (<see cref="Booking.ReminderLead"/>).
/// A visit is marked reminded in the transaction that queues its two emails, so a reminder is queued once however often
/// this runs, and the schedule's lease runs it on one app instance at a time. Answers how many visits it reminded of.
/// </summary>
public sealed record SendVisitReminders : ICommand<int>;

public sealed partial class SendVisitRemindersHandler(
    IBookingRepository bookings, IOutbox outbox, TimeProvider clock, ILogger<SendVisitRemindersHandler> logger)
    : ICommandHandler<SendVisitReminders, int>
{
    // One batch per run keeps the transaction short; the next run takes the rest.
    private const int BatchSize = 200;

    public async ValueTask<int> Handle(SendVisitReminders command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reminded = 0;
        foreach (var booking in await bookings.ListDueForReminderAsync(now, now + Booking.ReminderLead, BatchSize, cancellationToken))
        {
            foreach (var visit in booking.TakeRemindersDue(now))
            {
                outbox.Enqueue(new VisitReminder(booking.Id, visit.Id, BookingSide.Family));
                outbox.Enqueue(new VisitReminder(booking.Id, visit.Id, BookingSide.Provider));
                reminded++;
            }
        }

        if (reminded > 0)
        {
            LogReminded(logger, reminded);
        }

        return reminded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued reminders of {Visits} visits starting within a day")]
    private static partial void LogReminded(ILogger logger, int visits);
}
