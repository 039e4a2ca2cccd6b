using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.Recipients;

/// <summary>
/// One recipient's details, for the family that cares for them, for a caregiver with a booking for
/// them that is not over, and for the care manager the family chose, while the family's consent stands. To anyone else
/// (and to all but the family once it withdrew its consent) the recipient does not exist (404), so ids cannot be probed.
/// Every view is written to the access log with the reader and the relation that entitles them.
/// </summary>
public sealed record GetRecipient(Guid Id) : IQuery<RecipientView>;

public sealed class GetRecipientHandler(
    ICurrentUser currentUser, IFamilyRepository families, IBookingRepository bookings, IRecipientAccessLog accessLog)
    : IQueryHandler<GetRecipient, RecipientView>
{
    public async ValueTask<RecipientView> Handle(GetRecipient query, CancellationToken cancellationToken)
    {
        var reader = HealthDataReader.Of(currentUser);
        var family = await families.FindByRecipientAsync(query.Id, cancellationToken)
            ?? throw new NotFoundException("Recipient", query.Id);
        var purpose = await PurposeOfAsync(family, reader.UserId, query.Id, cancellationToken)
            ?? throw new NotFoundException("Recipient", query.Id);

        await accessLog.RecordAsync(reader, [new(query.Id, HealthRecord.RecipientDetails, query.Id, purpose)], cancellationToken);
        return RecipientView.Of(family.Recipient(query.Id));
    }

    /// <summary>Why the reader may see the recipient, or null when they may not.</summary>
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
