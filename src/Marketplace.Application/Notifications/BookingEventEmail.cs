using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Notifications;

/// <summary>
/// Tells the other side of a booking what happened: the provider (caregiver or enterprise) hears of a
/// request, a reservation, a confirmation or a family's cancellation; the family hears of an answer, an expiry, a
/// provider's cancellation, a finished visit or a payment recorded as received. Each event has its template
/// (<see cref="IEmailTemplates"/>), written in the reader's language and time zone. A caregiver's cancellation of home
/// visits links to where the family finds someone else for them (<c>replace_url</c>).
/// </summary>
public sealed class BookingEventEmail(IBookingRepository bookings, IIdentityService identity, INotificationSender sender, EmailWriter writer, IBookingLinks links)
    : IOutboxHandler<BookingEvent>
{
    public async Task HandleAsync(BookingEvent message, Guid messageId, CancellationToken cancellationToken)
    {
        var booking = await bookings.ReadAsync(message.BookingId, cancellationToken);
        if (booking is null || Compose(booking, message, ReplacementLink(booking, message)) is not { } letter)
        {
            return;
        }

        if (await identity.FindAsync(letter.ToUserId, cancellationToken) is { } reader)
        {
            await sender.SendAsync(writer.Write(messageId, reader, letter.Template, letter.Values), cancellationToken);
        }
    }

    /// <summary>Who hears of <paramref name="happened"/>, with which template, and the values it is written with; null when nobody does.</summary>
    private static Letter? Compose(Booking booking, BookingEvent happened, string? replaceUrl)
    {
        var parties = booking.Parties;
        var values = new Dictionary<string, object?>
        {
            ["recipient"] = parties.RecipientName,
            ["provider"] = parties.ProviderName,
            ["first"] = booking.Visits.Count == 0 ? booking.RequestedAt : booking.Visits.Min(v => v.StartsAt),
            ["visits"] = booking.Visits.Count,
            ["respond_by"] = booking.RespondBy,
            ["price"] = booking.Price,
            ["outstanding"] = booking.Outstanding,
            ["late_charge"] = booking.Outstanding > Money.Zero ? booking.Outstanding : null,
            ["received"] = booking.Payment?.Received,
            ["refunded"] = booking.Payment?.Refunded,
            ["charge"] = Charge(booking, happened),
            ["cancelled"] = booking.Visits.Where(v => happened.VisitIds?.Contains(v.Id) == true).OrderBy(v => v.StartsAt).Select(v => v.StartsAt).ToArray(),
            ["replace_url"] = replaceUrl,
        };
        var otherSide = happened.By == BookingSide.Family ? parties.ProviderUserId : parties.FamilyUserId;
        var (to, template) = happened.Kind switch
        {
            BookingEventKind.Requested => (parties.ProviderUserId, "booking-requested"),
            BookingEventKind.Reserved => (parties.ProviderUserId, "booking-reserved"),
            BookingEventKind.Accepted when booking.Status == BookingStatus.Accepted => (parties.FamilyUserId, "booking-accepted-pay"),
            BookingEventKind.Accepted => (parties.FamilyUserId, "booking-accepted"),
            BookingEventKind.Confirmed when booking.Payment?.Provider == PaymentProvider.Stripe => (parties.ProviderUserId, "booking-confirmed-card"),
            BookingEventKind.Confirmed => (parties.ProviderUserId, "booking-confirmed-offline"),
            BookingEventKind.PaymentFailed when booking.Payment?.Provider == PaymentProvider.Offline => (parties.FamilyUserId, "booking-card-capture-failed"),
            BookingEventKind.PaymentFailed => (parties.FamilyUserId, "booking-card-declined"),
            BookingEventKind.Refunded => (parties.FamilyUserId, "booking-refunded"),
            BookingEventKind.PaymentReceived when booking.Payment?.Provider == PaymentProvider.Stripe => (parties.FamilyUserId, "booking-card-charged"),
            BookingEventKind.PaymentReceived => (parties.FamilyUserId, "booking-payment-recorded"),
            BookingEventKind.Declined => (parties.FamilyUserId, "booking-declined"),
            BookingEventKind.Expired => (parties.FamilyUserId, "booking-expired"),
            BookingEventKind.PaymentLapsed => (parties.FamilyUserId, "booking-lapsed"),
            BookingEventKind.Cancelled when happened.By == BookingSide.Family => (otherSide, "booking-cancelled-by-family"),
            BookingEventKind.Cancelled => (parties.FamilyUserId, "booking-cancelled-by-provider"),
            BookingEventKind.VisitsCancelled when happened.By == BookingSide.Family => (otherSide, "visits-cancelled-by-family"),
            BookingEventKind.VisitsCancelled => (parties.FamilyUserId, "visits-cancelled-by-provider"),
            BookingEventKind.VisitCompleted => (parties.FamilyUserId, "visit-logged"),
            BookingEventKind.VisitMoved => (otherSide, "visit-moved"),
            BookingEventKind.NoShow => (parties.FamilyUserId, "visit-no-show"),
            _ => (Guid.Empty, null),
        };
        return template is null ? null : new Letter(to, template, values);
    }

    /// <summary>
    /// The family's late-cancellation charge: for the visits a <see cref="BookingEventKind.VisitsCancelled"/> names, or
    /// the booking's own when it was cancelled whole; null when there is none.
    /// </summary>
    private static Money? Charge(Booking booking, BookingEvent happened)
    {
        var charge = happened.Kind == BookingEventKind.VisitsCancelled
            ? booking.Visits.Where(v => happened.VisitIds?.Contains(v.Id) == true).Aggregate(Money.Zero, (sum, v) => sum + (v.Cancellation?.Charge ?? Money.Zero))
            : booking.Cancellation?.Charge ?? Money.Zero;
        return charge == Money.Zero ? null : charge;
    }

    /// <summary>
    /// For the home visits a caregiver cancelled: the page that offers someone else for the one visit cancelled, or the
    /// booking's page, which offers it for each, when she cancelled several; null for any other event.
    /// </summary>
    private string? ReplacementLink(Booking booking, BookingEvent happened)
    {
        if (booking.Kind != BookingKind.HomeCare || happened.By != BookingSide.Provider
            || happened.Kind is not (BookingEventKind.Cancelled or BookingEventKind.VisitsCancelled))
        {
            return null;
        }

        List<BookingVisit> cancelled = happened.Kind == BookingEventKind.VisitsCancelled
            ? [.. booking.Visits.Where(v => happened.VisitIds?.Contains(v.Id) == true)]
            : [.. booking.Visits.Where(v => v.Status == VisitStatus.Cancelled && v.Cancellation is null)];
        return cancelled.Count == 1 ? links.Replacements(booking.Id, cancelled[0].Id) : links.Booking(booking.Id);
    }

    private sealed record Letter(Guid ToUserId, string Template, IReadOnlyDictionary<string, object?> Values);
}
