using Marketplace.Application.Accounts;
using Marketplace.Application.Bookings;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.Recipients;

/// <summary>
/// One recipient's details, for the family that cares for them, for a caregiver with a booking for
/// them that is not over, and for the care manager the family chose. To anyone else the recipient does not exist (404), so ids cannot be probed.
/// Every view is written to the access log with the viewer's role.
/// </summary>
public sealed record GetRecipient(Guid Id) : IQuery<RecipientView>;

public sealed class GetRecipientHandler(
    ICurrentUser currentUser, IFamilyRepository families, IBookingRepository bookings, IRecipientAccessLog accessLog)
    : IQueryHandler<GetRecipient, RecipientView>
{
    public async ValueTask<RecipientView> Handle(GetRecipient query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var family = await families.FindByRecipientAsync(query.Id, cancellationToken)
            ?? throw new NotFoundException("Recipient", query.Id);
        var role = await RoleOfViewerAsync(family, userId, query.Id, cancellationToken)
            ?? throw new NotFoundException("Recipient", query.Id);

        await accessLog.RecordAsync([query.Id], userId, role, cancellationToken);
        return RecipientView.Of(family.Recipients.Single(r => r.Id == query.Id));
    }

    private async Task<string?> RoleOfViewerAsync(Family family, Guid userId, Guid recipientId, CancellationToken cancellationToken)
    {
        if (family.UserId == userId)
        {
            return AccountRoles.Family;
        }

        if (!currentUser.IsInRole(AccountRoles.Caregiver))
        {
            return null;
        }

        if (await bookings.HasActiveBookingAsync(userId, recipientId, cancellationToken))
        {
            return AccountRoles.Caregiver;
        }

        return await families.IsManagedByAsync(family.Id, userId, cancellationToken) ? CareManagerViewer : null;
    }

    /// <summary>How the access log names a care manager's read, apart from a booked caregiver's.</summary>
    public const string CareManagerViewer = "careManager";
}
