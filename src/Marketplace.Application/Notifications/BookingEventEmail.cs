using System.Globalization;
using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Notifications;

/// <summary>
/// Tells the other side of a booking what happened: the provider (caregiver or enterprise) hears of a
/// request, a reservation, a confirmation or a family's cancellation; the family hears of an answer, an expiry, a
/// provider's cancellation, a finished visit or a payment recorded as received.
/// </summary>
public sealed class BookingEventEmail(IBookingRepository bookings, IIdentityService identity, INotificationSender sender)
    : IOutboxHandler<BookingEvent>
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task HandleAsync(BookingEvent message, Guid messageId, CancellationToken cancellationToken)
    {
        var booking = await bookings.FindAsync(message.BookingId, cancellationToken);
        if (booking is null || Compose(booking, message) is not { } letter)
        {
            return;
        }

        var to = await identity.FindAsync(letter.ToUserId, cancellationToken);
        if (to is not null)
        {
            var body = $"Halo {to.FullName},\n\n{letter.Indonesian}\n\nHello {to.FullName},\n\n{letter.English}\n";
            await sender.SendAsync(new Email(messageId, to.Email, letter.Subject, body, HtmlParagraphs.From(body), $"booking-{message.Kind}".ToLowerInvariant()), cancellationToken);
        }
    }

    private static Letter? Compose(Booking booking, BookingEvent happened)
    {
        var parties = booking.Parties;
        var first = booking.Visits.Count == 0 ? booking.RequestedAt : booking.Visits.Min(v => v.StartsAt);
        var whenId = When(first, booking.TimeZone, Indonesian);
        var whenEn = When(first, booking.TimeZone, English);
        var visits = booking.Visits.Count;
        var otherSide = happened.By == BookingSide.Family ? parties.ProviderUserId : parties.FamilyUserId;
        return happened.Kind switch
        {
            BookingEventKind.Requested => new(parties.ProviderUserId, $"Permintaan kunjungan untuk {parties.RecipientName}",
                $"Ada permintaan {visits} kunjungan untuk {parties.RecipientName}, mulai {whenId}. Jawab sebelum {When(booking.RespondBy, booking.TimeZone, Indonesian)} di halaman Pesanan.",
                $"{parties.RecipientName}'s family asks you for {visits} visit(s), from {whenEn}. Answer before {When(booking.RespondBy, booking.TimeZone, English)} on the Bookings page."),
            BookingEventKind.Reserved => new(parties.ProviderUserId, $"Pesanan baru di {parties.ProviderName}",
                $"{parties.RecipientName} dipesan untuk {visits} hari/jadwal di {parties.ProviderName}, mulai {whenId}.",
                $"{parties.RecipientName} is booked for {visits} day(s) or slot(s) at {parties.ProviderName}, from {whenEn}."),
            BookingEventKind.Accepted when booking.Status == BookingStatus.Accepted => new(parties.FamilyUserId, $"{parties.ProviderName} menerima pesanan Anda",
                $"{parties.ProviderName} akan datang untuk {parties.RecipientName} mulai {whenId}. Konfirmasi pesanan dengan memilih cara membayar {booking.Price} di halaman Pesanan.",
                $"{parties.ProviderName} will visit {parties.RecipientName} from {whenEn}. Confirm the booking by choosing how to pay {booking.Price} on the Bookings page."),
            BookingEventKind.Accepted => new(parties.FamilyUserId, $"{parties.ProviderName} menerima pesanan Anda",
                $"{parties.ProviderName} akan datang untuk {parties.RecipientName} mulai {whenId}.",
                $"{parties.ProviderName} will visit {parties.RecipientName} from {whenEn}."),
            BookingEventKind.Confirmed when booking.Payment?.Provider == PaymentProvider.Stripe => new(parties.ProviderUserId, $"Pesanan untuk {parties.RecipientName} dikonfirmasi",
                $"Keluarga {parties.RecipientName} mengonfirmasi pesanan mulai {whenId} dan membayar dengan kartu. Anda tidak perlu menagih apa pun; penghasilan Anda tercatat setelah setiap kunjungan.",
                $"{parties.RecipientName}'s family confirmed the booking from {whenEn} and pays by card. You need not collect anything; your earning is recorded after each visit."),
            BookingEventKind.PaymentFailed when booking.Payment?.Provider == PaymentProvider.Offline => new(parties.FamilyUserId, $"Bayar langsung untuk {parties.RecipientName}",
                $"Pembayaran kartu untuk pesanan mulai {whenId} tidak dapat ditarik. Bayar {booking.Outstanding} langsung kepada {parties.ProviderName} (tunai atau transfer).",
                $"The card payment for the booking from {whenEn} could not be taken. Pay {booking.Outstanding} to {parties.ProviderName} directly (cash or transfer)."),
            BookingEventKind.PaymentFailed => new(parties.FamilyUserId, "Kartu Anda ditolak",
                $"Kartu Anda ditolak untuk pesanan mulai {whenId}. Coba kartu lain atau bayar langsung di halaman Pesanan.",
                $"Your card was declined for the booking from {whenEn}. Try another card or pay directly on the Bookings page."),
            BookingEventKind.Refunded => new(parties.FamilyUserId, $"Dana dikembalikan untuk {parties.RecipientName}",
                $"Kami mengembalikan dana ke kartu Anda; seluruhnya {booking.Payment?.Refunded}. Bank Anda biasanya memprosesnya dalam 5–10 hari kerja.",
                $"We refunded money to your card; {booking.Payment?.Refunded} in all. Your bank usually shows it within 5–10 working days."),
            BookingEventKind.Confirmed => new(parties.ProviderUserId, $"Pesanan untuk {parties.RecipientName} dikonfirmasi",
                $"Keluarga {parties.RecipientName} mengonfirmasi pesanan mulai {whenId} dan akan membayar {booking.Price} langsung kepada Anda (tunai atau transfer). Catat setiap pembayaran yang Anda terima di halaman Pesanan.",
                $"{parties.RecipientName}'s family confirmed the booking from {whenEn} and will pay {booking.Price} to you directly (cash or transfer). Record each payment you receive on the Bookings page."),
            BookingEventKind.PaymentReceived when booking.Payment?.Provider == PaymentProvider.Stripe => new(parties.FamilyUserId, $"Kartu Anda ditagih untuk {parties.RecipientName}",
                $"Perawatan mulai {whenId} selesai. Kartu Anda ditagih {booking.Payment.Received}; sisa penahanan dilepas.",
                $"The care from {whenEn} is over. Your card was charged {booking.Payment.Received}; the rest of the hold is released."),
            BookingEventKind.PaymentReceived => new(parties.FamilyUserId, $"Pembayaran untuk {parties.RecipientName} tercatat",
                $"{parties.ProviderName} mencatat pembayaran Anda. Sudah diterima: {booking.Payment?.Received}. Sisa: {booking.Outstanding}.",
                $"{parties.ProviderName} recorded your payment. Received so far: {booking.Payment?.Received}. Still owed: {booking.Outstanding}."),
            BookingEventKind.Declined => new(parties.FamilyUserId, $"{parties.ProviderName} tidak dapat menerima pesanan",
                $"{parties.ProviderName} tidak dapat datang pada {whenId}. Cari pendamping lain di halaman Cari.",
                $"{parties.ProviderName} cannot come on {whenEn}. Find another caregiver on the Search page."),
            BookingEventKind.Expired => new(parties.FamilyUserId, "Permintaan Anda belum dijawab",
                $"{parties.ProviderName} belum menjawab permintaan untuk {whenId}, jadi permintaan itu berakhir. Anda tidak dikenai biaya.",
                $"{parties.ProviderName} did not answer the request for {whenEn} in time, so it has ended. You pay nothing."),
            BookingEventKind.PaymentLapsed when booking.Outstanding > Money.Zero => new(parties.FamilyUserId, $"Pesanan untuk {parties.RecipientName} berakhir",
                $"Pesanan dengan {parties.ProviderName} mulai {whenId} tidak dikonfirmasi sebelum kunjungan pertama, jadi pesanan itu berakhir. Biaya pembatalan terlambat {booking.Outstanding} tetap dibayar langsung kepada {parties.ProviderName}.",
                $"The booking with {parties.ProviderName} from {whenEn} was not confirmed before its first visit, so it has ended. The late-cancellation charge of {booking.Outstanding} is still to be paid to {parties.ProviderName} directly."),
            BookingEventKind.PaymentLapsed => new(parties.FamilyUserId, $"Pesanan untuk {parties.RecipientName} berakhir",
                $"Pesanan dengan {parties.ProviderName} mulai {whenId} tidak dikonfirmasi sebelum kunjungan pertama, jadi pesanan itu berakhir. Anda tidak dikenai biaya.",
                $"The booking with {parties.ProviderName} from {whenEn} was not confirmed before its first visit, so it has ended. You pay nothing."),
            BookingEventKind.Cancelled when happened.By == BookingSide.Family => new(otherSide, $"Pesanan untuk {parties.RecipientName} dibatalkan",
                $"Keluarga membatalkan kunjungan mulai {whenId}. Waktu Anda kembali kosong.",
                $"The family cancelled the visits from {whenEn}. Your time is free again."),
            BookingEventKind.Cancelled => new(parties.FamilyUserId, $"{parties.ProviderName} membatalkan kunjungan",
                $"{parties.ProviderName} membatalkan kunjungan mulai {whenId}. Anda tidak dikenai biaya.",
                $"{parties.ProviderName} cancelled the visits from {whenEn}. You pay nothing."),
            BookingEventKind.VisitsCancelled when happened.By == BookingSide.Family => new(otherSide, $"Kunjungan untuk {parties.RecipientName} dibatalkan",
                $"Keluarga membatalkan kunjungan {Visits(booking, happened, Indonesian)}. Waktu Anda kembali kosong; kunjungan lain tetap berjalan.{Charged(booking, happened, Indonesian)}",
                $"The family cancelled the visit(s) {Visits(booking, happened, English)}. Your time is free again; the other visits go ahead.{Charged(booking, happened, English)}"),
            BookingEventKind.VisitsCancelled => new(parties.FamilyUserId, $"{parties.ProviderName} membatalkan kunjungan",
                $"{parties.ProviderName} membatalkan kunjungan {Visits(booking, happened, Indonesian)}. Anda tidak dikenai biaya untuk kunjungan itu; kunjungan lain tetap berjalan.",
                $"{parties.ProviderName} cancelled the visit(s) {Visits(booking, happened, English)}. You pay nothing for them; the other visits go ahead."),
            BookingEventKind.VisitCompleted => new(parties.FamilyUserId, $"Kunjungan untuk {parties.RecipientName} selesai",
                $"{parties.ProviderName} telah mencatat kunjungan. Lihat catatannya di halaman Pesanan.",
                $"{parties.ProviderName} has recorded the visit. Read the notes on the Bookings page."),
            BookingEventKind.VisitMoved => new(otherSide, $"Jadwal kunjungan untuk {parties.RecipientName} berubah",
                $"Jadwal kunjungan untuk {parties.RecipientName} diubah. Lihat jadwal terbaru di halaman Pesanan.",
                $"A visit for {parties.RecipientName} has been moved. See the new times on the Bookings page."),
            BookingEventKind.NoShow => new(parties.FamilyUserId, $"{parties.ProviderName} datang, tetapi tidak ada yang menerima",
                $"{parties.ProviderName} datang untuk {parties.RecipientName}, tetapi tidak ada yang menerima. Hubungi kami jika ini keliru.",
                $"{parties.ProviderName} came for {parties.RecipientName}, but nobody was there. Contact us if this is a mistake."),
            _ => null,
        };
    }

    /// <summary>The visits an event names, by start, in the booking's zone.</summary>
    private static string Visits(Booking booking, BookingEvent happened, CultureInfo culture) => string.Join(
        culture == Indonesian ? " dan " : " and ",
        booking.Visits.Where(v => happened.VisitIds?.Contains(v.Id) == true).OrderBy(v => v.StartsAt).Select(v => When(v.StartsAt, booking.TimeZone, culture)));

    /// <summary>The family's late-cancellation charge for the visits an event names, when there is one.</summary>
    private static string Charged(Booking booking, BookingEvent happened, CultureInfo culture)
    {
        var charge = booking.Visits.Where(v => happened.VisitIds?.Contains(v.Id) == true)
            .Aggregate(Money.Zero, (sum, v) => sum + (v.Cancellation?.Charge ?? Money.Zero));
        return charge == Money.Zero ? string.Empty
            : culture == Indonesian ? $" Karena dibatalkan kurang dari 24 jam sebelumnya, keluarga membayar {charge}." : $" As it was cancelled less than 24 hours ahead, the family pays {charge}.";
    }

    private static string When(DateTimeOffset instant, string timeZone, CultureInfo culture) =>
        IndonesianTimeZones.ToLocal(instant, timeZone).ToString("dddd, d MMMM yyyy HH:mm", culture) + " " + IndonesianTimeZones.Abbreviation(timeZone);

    private sealed record Letter(Guid ToUserId, string Subject, string Indonesian, string English);
}
