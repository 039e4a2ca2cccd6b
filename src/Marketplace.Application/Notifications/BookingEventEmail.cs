using System.Globalization;
using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Notifications;

/// <summary>
/// Tells the other side of a booking what happened: the caregiver hears of a request or a family's
/// cancellation; the family hears of an answer, an expiry, a caregiver's cancellation or a finished visit.
/// </summary>
public sealed class BookingEventEmail(IBookingRepository bookings, IIdentityService identity, INotificationSender sender)
    : IOutboxHandler<BookingEvent>
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task HandleAsync(BookingEvent message, Guid messageId, CancellationToken cancellationToken)
    {
        var booking = await bookings.FindAsync(message.BookingId, cancellationToken);
        if (booking is null || Compose(booking, message.Kind) is not { } letter)
        {
            return;
        }

        var to = await identity.FindAsync(letter.ToUserId, cancellationToken);
        if (to is not null)
        {
            await sender.SendAsync(new Email(messageId, to.Email, letter.Subject, $"Halo {to.FullName},\n\n{letter.Indonesian}\n\nHello {to.FullName},\n\n{letter.English}\n"), cancellationToken);
        }
    }

    private static Letter? Compose(Booking booking, BookingEventKind kind)
    {
        var parties = booking.Parties;
        var first = booking.Visits.Count == 0 ? booking.RequestedAt : booking.Visits.Min(v => v.StartsAt);
        var whenId = When(first, booking.TimeZone, Indonesian);
        var whenEn = When(first, booking.TimeZone, English);
        var visits = booking.Visits.Count;
        return kind switch
        {
            BookingEventKind.Requested => new(parties.CaregiverUserId, $"Permintaan kunjungan untuk {parties.RecipientName}",
                $"Ada permintaan {visits} kunjungan untuk {parties.RecipientName}, mulai {whenId}. Jawab sebelum {When(booking.RespondBy, booking.TimeZone, Indonesian)} di halaman Pesanan.",
                $"{parties.RecipientName}'s family asks you for {visits} visit(s), from {whenEn}. Answer before {When(booking.RespondBy, booking.TimeZone, English)} on the Bookings page."),
            BookingEventKind.Accepted => new(parties.FamilyUserId, $"{parties.CaregiverName} menerima pesanan Anda",
                $"{parties.CaregiverName} akan datang untuk {parties.RecipientName} mulai {whenId}.",
                $"{parties.CaregiverName} will visit {parties.RecipientName} from {whenEn}."),
            BookingEventKind.Declined => new(parties.FamilyUserId, $"{parties.CaregiverName} tidak dapat menerima pesanan",
                $"{parties.CaregiverName} tidak dapat datang pada {whenId}. Cari pendamping lain di halaman Cari.",
                $"{parties.CaregiverName} cannot come on {whenEn}. Find another caregiver on the Search page."),
            BookingEventKind.Expired => new(parties.FamilyUserId, "Permintaan Anda belum dijawab",
                $"{parties.CaregiverName} belum menjawab permintaan untuk {whenId}, jadi permintaan itu berakhir. Anda tidak dikenai biaya.",
                $"{parties.CaregiverName} did not answer the request for {whenEn} in time, so it has ended. You pay nothing."),
            BookingEventKind.Cancelled when booking.Cancellation?.By == CancelledBy.Family => new(parties.CaregiverUserId, $"Pesanan untuk {parties.RecipientName} dibatalkan",
                $"Keluarga membatalkan kunjungan mulai {whenId}. Waktu Anda kembali kosong.",
                $"The family cancelled the visits from {whenEn}. Your time is free again."),
            BookingEventKind.Cancelled => new(parties.FamilyUserId, $"{parties.CaregiverName} membatalkan kunjungan",
                $"{parties.CaregiverName} membatalkan kunjungan mulai {whenId}. Anda tidak dikenai biaya.",
                $"{parties.CaregiverName} cancelled the visits from {whenEn}. You pay nothing."),
            BookingEventKind.VisitCompleted => new(parties.FamilyUserId, $"Kunjungan untuk {parties.RecipientName} selesai",
                $"{parties.CaregiverName} telah mencatat kunjungan. Lihat catatannya di halaman Pesanan.",
                $"{parties.CaregiverName} has recorded the visit. Read the notes on the Bookings page."),
            _ => null,
        };
    }

    private static string When(DateTimeOffset instant, string timeZone, CultureInfo culture) =>
        IndonesianTimeZones.ToLocal(instant, timeZone).ToString("dddd, d MMMM yyyy HH:mm", culture) + " " + IndonesianTimeZones.Abbreviation(timeZone);

    private sealed record Letter(Guid ToUserId, string Subject, string Indonesian, string English);
}
