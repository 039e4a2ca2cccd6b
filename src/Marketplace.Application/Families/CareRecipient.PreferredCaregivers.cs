using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Families;

/// <summary>The caregivers the family wants first for this person (<see cref="PreferredCaregiver"/>).</summary>
public sealed partial class CareRecipient
{
    /// <summary>A short list is what "the caregivers Ibu knows" means; more would stop being a preference.</summary>
    public const int MaxPreferredCaregivers = 10;

    /// <summary>Said when an eleventh caregiver would be marked for one person.</summary>
    public const string TooManyPreferred = "A person can have at most 10 preferred caregivers; remove one before marking another.";

    private readonly List<PreferredCaregiver> _preferredCaregivers = [];

    /// <summary>In the order the family marked them.</summary>
    public IReadOnlyList<PreferredCaregiver> PreferredCaregivers => [.. _preferredCaregivers.OrderBy(p => p.MarkedAt)];

    public bool Prefers(Guid caregiverId) => _preferredCaregivers.Any(p => p.CaregiverId == caregiverId);

    /// <summary>Marks the caregiver; marking her again changes nothing (she keeps her place in the order).</summary>
    internal PreferredCaregiver Prefer(Guid caregiverId, DateTimeOffset now)
    {
        if (_preferredCaregivers.FirstOrDefault(p => p.CaregiverId == caregiverId) is { } marked)
        {
            return marked;
        }

        if (_preferredCaregivers.Count >= MaxPreferredCaregivers)
        {
            throw new BusinessRuleException(TooManyPreferred);
        }

        var preferred = PreferredCaregiver.Mark(caregiverId, now);
        _preferredCaregivers.Add(preferred);
        return preferred;
    }

    /// <summary>Unmarks the caregiver; a caregiver not marked is no error (the family's wish holds either way).</summary>
    internal void Unprefer(Guid caregiverId) => _preferredCaregivers.RemoveAll(p => p.CaregiverId == caregiverId);
}
