using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Marketplace.Application.Reviews;
using Marketplace.Application.Search;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Bookings.Replacements;

/// <summary>
/// The caregivers a family may ask to take a visit that needs another caregiver (<see cref="ReplacementNeeds"/>): the
/// person's preferred caregivers, then those who cared for the person before, then others search finds nearby; each one
/// verified, serving the person's home and free for the visit's whole time (<see cref="ReplacementOrder"/>). For the
/// booking's family only: 404 for anyone else and for a visit not of the booking; 409 when the visit needs nobody else,
/// when someone was asked already, or when the person was removed since.
/// </summary>
public sealed record FindReplacements(Guid BookingId, Guid VisitId) : IQuery<ReplacementOffer>
{
    /// <summary>Said when the visit does not need another caregiver.</summary>
    public const string NotNeeded =
        "This visit does not need another caregiver: only a visit still to come that its caregiver cancelled, or cannot give while suspended, does.";

    /// <summary>Said when the family already asked someone for the visit's time; {0} is her name.</summary>
    public const string AskedAlready = "{0} has been asked to take this visit already; her booking shows whether she accepts.";

    /// <summary>Said when the person the visit was for is no longer among the family's people.</summary>
    public const string PersonRemoved = "The person this visit was for is no longer among your people.";

    /// <summary>How many caregivers search is asked for: more than can be offered, as some may be taken since it was told.</summary>
    public const int NearbyAsked = 20;
}

public sealed class FindReplacementsHandler(
    ICurrentUser currentUser,
    IBookingRepository bookings,
    IFamilyRepository families,
    ICaregiverRepository caregivers,
    IReviewRepository reviews,
    ICaregiverSearchIndex search,
    ReplacementNeeds needs,
    BookingPolicy policy,
    TimeProvider clock) : IQueryHandler<FindReplacements, ReplacementOffer>
{
    public async ValueTask<ReplacementOffer> Handle(FindReplacements query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetForFamilyAsync(query.BookingId, currentUser, cancellationToken);
        var visit = booking.Visits.FirstOrDefault(v => v.Id == query.VisitId) ?? throw new NotFoundException("Visit", query.VisitId);
        var need = (await needs.ListAsync(booking, clock.GetUtcNow(), cancellationToken)).FirstOrDefault(n => n.Visit.Id == visit.Id)
            ?? throw new BusinessRuleException(FindReplacements.NotNeeded);
        if (need.CoveredBy is { } asked)
        {
            throw new BusinessRuleException(FindReplacements.AskedAlready, asked.Parties.ProviderName);
        }

        var family = await families.GetOwnAsync(currentUser, cancellationToken);
        var recipient = family.Recipients.FirstOrDefault(r => r.Id == booking.Parties.RecipientId)
            ?? throw new BusinessRuleException(FindReplacements.PersonRemoved);
        var hours = (int)visit.Duration.TotalHours;
        var offered = await ArrangeAsync(booking, visit, recipient, hours, cancellationToken);
        List<ReplacementCandidate> items = [];
        foreach (var (caregiver, reason) in offered)
        {
            items.Add(ReplacementCandidate.Of(caregiver, reason, recipient.Address.Point, hours, await reviews.SummaryAsync(caregiver.Id, null, cancellationToken)));
        }

        return new ReplacementOffer(
            booking.Id, visit.Id, recipient.Id, recipient.Name, booking.Parties.ProviderName, need.Cause, booking.TimeZone,
            IndonesianTimeZones.ToLocal(visit.StartsAt, booking.TimeZone), IndonesianTimeZones.ToLocal(visit.EndsAt, booking.TimeZone), hours,
            policy.LateCancellationPercent, items);
    }

    /// <summary>The caregivers to offer, in order: the candidates of each group, checked against the database, not the index.</summary>
    private async Task<IReadOnlyList<(Caregiver Caregiver, ReplacementReason Reason)>> ArrangeAsync(
        Booking booking, BookingVisit visit, CareRecipient recipient, int hours, CancellationToken cancellationToken)
    {
        var home = recipient.Address.Point;
        var preferred = recipient.PreferredCaregivers.Select(p => p.CaregiverId).ToList();
        var previouslyBooked = await bookings.ListCaregiversOfRecipientAsync(recipient.Id, cancellationToken);
        var found = await search.SearchAsync(
            new CaregiverSearchQuery(
                home.Latitude, home.Longitude, FieldLimits.MaxServiceRadiusKm, [], [], MaxRateIdr: null, VerifiedOnly: true, Text: null, SearchSort.Distance,
                Page: 1, PageSize: FindReplacements.NearbyAsked, visit.StartsAt, hours),
            cancellationToken);
        var nearby = found.Items.Select(hit => hit.Id).ToList();

        List<Guid> named = [.. preferred.Concat(previouslyBooked).Concat(nearby).Distinct()];
        var known = (await caregivers.ListByIdsAsync(named, cancellationToken)).ToDictionary(c => c.Id);
        var busy = await bookings.ListBusyCaregiversAsync(named, new TimeWindow(visit.StartsAt, visit.EndsAt), cancellationToken);
        bool CanTake(Guid id) =>
            known.TryGetValue(id, out var caregiver)
            && caregiver.Verification == VerificationStatus.Verified
            && ServiceArea.Serves(caregiver, home)
            && caregiver.IsAvailable(visit.StartsAt, visit.Duration)
            && !busy.Contains(id);

        return [.. ReplacementOrder.Arrange(preferred, previouslyBooked, nearby, booking.Parties.CaregiverId, CanTake)
            .Select(offer => (known[offer.CaregiverId], offer.Reason))];
    }
}
