using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;

namespace Marketplace.Application.Bookings.Reminders;

/// <summary>One side of a booking is to be reminded of a visit (a daycare day, a clinic slot) a day ahead.</summary>
/// <param name="To">The family, or the provider (the caregiver, or the enterprise of a daycare or clinic).</param>
[OutboxMessage("visit-reminder")]
public sealed record VisitReminder(Guid BookingId, Guid VisitId, BookingSide To);

/// <summary>
/// Writes the reminder when it is sent, from the booking as it is then: a visit cancelled or moved since it was queued
/// is not reminded of (a moved one is queued again when its new time comes within a day).
/// </summary>
public sealed class VisitReminderEmail(IBookingRepository bookings, IIdentityService identity, INotificationSender sender, EmailWriter writer)
    : IOutboxHandler<VisitReminder>
{
    public async Task HandleAsync(VisitReminder message, Guid messageId, CancellationToken cancellationToken)
    {
        var booking = await bookings.FindAsync(message.BookingId, cancellationToken);
        var visit = booking?.Visits.SingleOrDefault(v => v.Id == message.VisitId);
        if (booking is null || visit is not { Status: VisitStatus.Scheduled, RemindedAt: not null })
        {
            return;
        }

        var parties = booking.Parties;
        var to = message.To == BookingSide.Family ? parties.FamilyUserId : parties.ProviderUserId;
        if (await identity.FindAsync(to, cancellationToken) is { } reader)
        {
            var template = message.To == BookingSide.Family ? "visit-reminder-family" : "visit-reminder-provider";
            await sender.SendAsync(
                writer.Write(messageId, reader, template, new Dictionary<string, object?>
                {
                    ["kind"] = booking.Kind.ToString(),
                    ["recipient"] = parties.RecipientName,
                    ["provider"] = parties.ProviderName,
                    ["start"] = visit.StartsAt,
                    ["hours"] = (int)Math.Round(visit.Duration.TotalHours),
                }),
                cancellationToken);
        }
    }
}
