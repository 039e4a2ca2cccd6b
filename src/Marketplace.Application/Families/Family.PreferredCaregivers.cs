using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Families;

/// <summary>The family's preferred caregivers, kept per person it cares for (<see cref="CareRecipient.PreferredCaregivers"/>).</summary>
public sealed partial class Family
{
    /// <summary>Said when a caregiver who is not verified would be marked (the use case answers 404 before, so nobody learns she exists).</summary>
    public const string OnlyVerifiedPreferred = "Only a verified caregiver can be marked as preferred.";

    /// <summary>
    /// Marks <paramref name="caregiver"/> as preferred for one of the family's people (404 for anyone else's). Only a
    /// verified caregiver; at most <see cref="CareRecipient.MaxPreferredCaregivers"/> a person; marking again changes nothing.
    /// </summary>
    public PreferredCaregiver PreferCaregiver(Guid recipientId, Caregiver caregiver, DateTimeOffset now)
    {
        var recipient = Recipient(recipientId);
        if (caregiver.Verification != VerificationStatus.Verified)
        {
            throw new BusinessRuleException(OnlyVerifiedPreferred);
        }

        return recipient.Prefer(caregiver.Id, now);
    }

    /// <summary>
    /// Unmarks the caregiver for one of the family's people (404 for anyone else's), or, without
    /// <paramref name="recipientId"/>, for every one of them. Unmarking a caregiver who is not marked changes nothing.
    /// </summary>
    public void UnpreferCaregiver(Guid caregiverId, Guid? recipientId)
    {
        IEnumerable<CareRecipient> from = recipientId is { } id ? [Recipient(id)] : _recipients;
        foreach (var recipient in from)
        {
            recipient.Unprefer(caregiverId);
        }
    }
}
