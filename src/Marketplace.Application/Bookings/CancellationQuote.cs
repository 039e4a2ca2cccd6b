using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// What a cancellation would do at one moment, under the booking's terms: the visits it cancels, each with the family's
/// charge for it, and what is owed once it is done. <see cref="Booking.CancelVisits"/> and <see cref="Booking.Cancel"/>
/// act on the same quote, so what a page shows before is what is charged.
/// </summary>
/// <param name="EndsBooking">Whether no visit would be left to come: the whole booking is cancelled.</param>
/// <param name="Charge">The family's late-cancellation charge for all <paramref name="Visits"/>.</param>
/// <param name="AmountDueAfter">What the care costs in all afterwards (visits still paid for and every charge), sponsor's part included.</param>
/// <param name="PaidSoFar">What the family has paid (cash or transfer received, or captured from its card) less refunds.</param>
/// <param name="ToGiveBack">What the family would have paid beyond its part afterwards: the provider gives it back.</param>
public sealed record CancellationQuote(
    BookingSide By,
    bool EndsBooking,
    IReadOnlyList<CancelledVisit> Visits,
    Money Charge,
    Money AmountDueAfter,
    Money SponsorDueAfter,
    Money FamilyDueAfter,
    Money PaidSoFar,
    Money ToGiveBack);

/// <summary>
/// One visit a cancellation would cancel. <paramref name="Late"/>: it starts within
/// <see cref="Booking.FreeCancellationNotice"/>, so a family cancelling an agreed booking pays <paramref name="Charge"/> for it.
/// </summary>
public sealed record CancelledVisit(BookingVisit Visit, bool Late, Money Charge);
