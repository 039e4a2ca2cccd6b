namespace Marketplace.Application.Families;

/// <summary>
/// A caregiver a family wants first for one of its people ("Ibu's caregiver"): offered before anyone else when a visit
/// for that person needs another caregiver. Kept per person cared for, not per family
/// (docs/decisions/0019-continuity-of-care.md); removed with the person.
/// </summary>
public sealed class PreferredCaregiver
{
    private PreferredCaregiver(Guid caregiverId, DateTimeOffset markedAt)
    {
        CaregiverId = caregiverId;
        MarkedAt = markedAt;
    }

    public Guid CaregiverId { get; private set; }

    /// <summary>When the family marked her; a person's preferred caregivers are offered in this order.</summary>
    public DateTimeOffset MarkedAt { get; private set; }

    // To the microsecond, as PostgreSQL keeps it: the mark answered when made is the mark every later read finds.
    internal static PreferredCaregiver Mark(Guid caregiverId, DateTimeOffset now) =>
        new(caregiverId, now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond)));
}
