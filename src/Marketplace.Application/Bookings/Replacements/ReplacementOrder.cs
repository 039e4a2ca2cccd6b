namespace Marketplace.Application.Bookings.Replacements;

/// <summary>Where a caregiver offered for a visit comes from, and so where she stands in the offer.</summary>
public enum ReplacementReason
{
    /// <summary>The family marked her as preferred for the person the visit is for.</summary>
    Preferred,

    /// <summary>She has given this person care, or is booked and confirmed to (a completed visit, or one of a confirmed booking).</summary>
    PreviouslyBooked,

    /// <summary>Search found her near the person's home, free then.</summary>
    Nearby,
}

/// <summary>
/// The rule that orders the caregivers offered for a visit that needs another caregiver: first the person's preferred
/// caregivers, then those who cared for the person before, then others nearby, each group in the order given (marked,
/// most recent care, nearest). A caregiver named by several groups stands once, in the first; the caregiver being
/// replaced and anyone who cannot take the visit (not verified, not serving the place, not free then) are left out;
/// at most <see cref="MaxOffered"/> stand.
/// </summary>
public static class ReplacementOrder
{
    /// <summary>Enough to choose from on a phone; those left out are the furthest away.</summary>
    public const int MaxOffered = 12;

    public static IReadOnlyList<(Guid CaregiverId, ReplacementReason Reason)> Arrange(
        IEnumerable<Guid> preferred, IEnumerable<Guid> previouslyBooked, IEnumerable<Guid> nearby, Guid? replaced, Func<Guid, bool> canTake)
    {
        var seen = new HashSet<Guid>();
        return [.. preferred.Select(id => (id, ReplacementReason.Preferred))
            .Concat(previouslyBooked.Select(id => (id, ReplacementReason.PreviouslyBooked)))
            .Concat(nearby.Select(id => (id, ReplacementReason.Nearby)))
            .Where(candidate => candidate.id != replaced && seen.Add(candidate.id) && canTake(candidate.id))
            .Take(MaxOffered)];
    }
}
