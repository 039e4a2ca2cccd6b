using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Payments.Receipt;

/// <summary>
/// The receipt of a booking the family has chosen how to pay for, as it stands now, for the family, the provider or an
/// admin (404 for anyone else; 409 before the family has chosen how to pay).
/// </summary>
public sealed record GetReceipt(Guid BookingId) : IQuery<ReceiptView>;

public sealed class GetReceiptHandler(ICurrentUser currentUser, IBookingRepository bookings, TimeProvider clock) : IQueryHandler<GetReceipt, ReceiptView>
{
    public async ValueTask<ReceiptView> Handle(GetReceipt query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForPartyAsync(query.BookingId, currentUser, cancellationToken);
        var payment = booking.Payment ?? throw new BusinessRuleException("This booking has no receipt yet: the family has not chosen how to pay.");
        var zone = booking.TimeZone;
        List<ReceiptLine> lines = [.. booking.VisitsPaidFor().Select(v => new ReceiptLine(ReceiptLineKind.Visit, IndonesianTimeZones.ToLocal(v.StartsAt, zone), booking.VisitPrice.Rupiah))];
        if (booking.Cancellation is { Charge.Rupiah: > 0 } cancellation)
        {
            lines.Add(new ReceiptLine(ReceiptLineKind.LateCancellation, IndonesianTimeZones.ToLocal(cancellation.At, zone), cancellation.Charge.Rupiah));
        }

        return new ReceiptView(
            $"PDL-{payment.Id.ToString("N")[^8..].ToUpperInvariant()}",
            booking.Id,
            booking.Kind,
            booking.Status,
            booking.Parties.ProviderName,
            booking.Parties.RecipientName,
            payment.Provider,
            IndonesianTimeZones.ToLocal(clock.GetUtcNow(), zone),
            zone,
            lines,
            booking.AmountDue.Rupiah,
            booking.SideOf(currentUser.RequireUserId()) == BookingSide.Provider ? null : booking.Sponsorship?.ProgrammeName,
            booking.SponsorDue.Rupiah,
            booking.FamilyDue.Rupiah,
            payment.Received.Rupiah,
            payment.Refunded.Rupiah,
            booking.Outstanding.Rupiah);
    }
}
