using Marketplace.Application.Payments;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Bookings;

/// <summary>
/// Care that ends after a card authorisation would lapse (Stripe holds one for 7 days) is paid with a card the family
/// saves at checkout: that confirms the booking, and the family's share is authorised on the card when the care's
/// end comes within the hold, or at once when the booking is over with something to pay (a late cancellation). The
/// authorisation is then captured like any other when the booking is over.
/// </summary>
public sealed partial class Booking
{
    /// <summary>
    /// How long an authorisation must outlast the care's end: the last visit is logged, and the capture made, within a
    /// day of it.
    /// </summary>
    public static readonly TimeSpan CaptureMargin = TimeSpan.FromDays(1);

    private readonly List<CardAuthorisationDue> _cardAuthorisations = [];

    /// <summary>Authorisations of saved cards asked for since the booking was loaded; moved to the outbox with the save.</summary>
    public IReadOnlyList<CardAuthorisationDue> CardAuthorisations => _cardAuthorisations;

    /// <summary>When the last visit ends; a visit cancelled does not count, unless every visit is.</summary>
    public DateTimeOffset EndsAt => (_visits.Any(v => v.HoldsTime) ? _visits.Where(v => v.HoldsTime) : _visits).Max(v => v.EndsAt);

    /// <summary>
    /// Whether an authorisation made <paramref name="now"/> that lasts <paramref name="authorisationLasts"/> would lapse
    /// before the care ends and is captured: then the family saves its card instead.
    /// </summary>
    public bool OutlastsAnAuthorisation(DateTimeOffset now, TimeSpan authorisationLasts) => EndsAt + CaptureMargin > now + authorisationLasts;

    /// <summary>
    /// The family saved its card at checkout: the booking is confirmed, and the card is authorised later. A card saved
    /// on a checkout that is not the current payment's, or after the booking closed, is ignored (nothing is held on it).
    /// </summary>
    private void CardSaved(Guid paymentId, SavedCard card)
    {
        if (Payment is not { Provider: PaymentProvider.Stripe, Status: PaymentStatus.Pending or PaymentStatus.Failed } current
            || current.Id != paymentId || Status != BookingStatus.Accepted)
        {
            return;
        }

        current.SaveCard(card);
        Status = BookingStatus.Confirmed;
        Raise(BookingEventKind.Confirmed);
    }

    /// <summary>
    /// Asks (once) for the saved card's authorisation when the care ends within <paramref name="authorisationLasts"/>
    /// of <paramref name="now"/>, or the booking is over with something left for the family to pay; a booking over
    /// with nothing to pay releases the card without touching it. Answers whether anything was asked or released.
    /// </summary>
    public bool AuthoriseSavedCardWhenDue(DateTimeOffset now, TimeSpan authorisationLasts) =>
        (IsOver || !OutlastsAnAuthorisation(now, authorisationLasts)) && AskSavedCardAuthorisation(now);

    private bool AskSavedCardAuthorisation(DateTimeOffset now)
    {
        if (Payment is not { AuthorisationAskedAt: null } payment || payment.CardToAuthorise() is not { } card)
        {
            return false;
        }

        if (IsOver && FamilyDue == Money.Zero)
        {
            payment.Release();
            return true;
        }

        payment.AskAuthorisation(now);
        _cardAuthorisations.Add(new CardAuthorisationDue(
            Id, payment.Id, card.CustomerId, card.PaymentMethodId, FamilyDue.Rupiah, payment.PayeeAccountId, FamilyCommissionDue().Rupiah));
        return true;
    }

    /// <summary>Forgets the authorisations once they are in the outbox.</summary>
    public void ClearCardAuthorisations() => _cardAuthorisations.Clear();
}
