using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Application.Families;

/// <summary>
/// Who may read about a care recipient, and why: the family that cares for them; while the family's consent
/// stands, a caregiver with a booking for them that is not over, and the care manager the family chose. To anyone
/// else the recipient does not exist (404), so ids cannot be probed.
/// </summary>
public sealed class RecipientReaders(ICurrentUser currentUser, IFamilyRepository families, IBookingRepository bookings)
{
    /// <summary>The recipient's family and the relation that entitles the caller; <see cref="NotFoundException"/> when none does.</summary>
    public async Task<(Family Family, AccessPurpose Purpose)> RequireAsync(Guid recipientId, CancellationToken cancellationToken)
    {
        var family = await families.FindByRecipientAsync(recipientId, cancellationToken)
            ?? throw new NotFoundException("Recipient", recipientId);
        var purpose = await PurposeOfAsync(family, currentUser.RequireUserId(), recipientId, cancellationToken)
            ?? throw new NotFoundException("Recipient", recipientId);
        return (family, purpose);
    }

    private async Task<AccessPurpose?> PurposeOfAsync(Family family, Guid userId, Guid recipientId, CancellationToken cancellationToken)
    {
        if (family.UserId == userId)
        {
            return AccessPurpose.OwnFamily;
        }

        if (!currentUser.IsInRole(AccountRoles.Caregiver) || !family.Recipient(recipientId).Consent.IsGiven)
        {
            return null;
        }

        if (await bookings.HasActiveBookingAsync(userId, recipientId, cancellationToken))
        {
            return AccessPurpose.ProvidingCare;
        }

        return await families.IsManagedByAsync(family.Id, userId, cancellationToken) ? AccessPurpose.CareManagerOversight : null;
    }
}
