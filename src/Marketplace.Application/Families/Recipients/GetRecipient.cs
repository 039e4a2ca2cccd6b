using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.Recipients;

/// <summary>
/// One recipient's details, for the family that cares for them. To anyone else the recipient does not
/// exist (404), so ids cannot be probed. Every view is written to the access log.
/// </summary>
public sealed record GetRecipient(Guid Id) : IQuery<RecipientView>;

public sealed class GetRecipientHandler(ICurrentUser currentUser, IFamilyRepository families, IRecipientAccessLog accessLog)
    : IQueryHandler<GetRecipient, RecipientView>
{
    public async ValueTask<RecipientView> Handle(GetRecipient query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var family = await families.FindByRecipientAsync(query.Id, cancellationToken);
        if (family is null || family.UserId != userId)
        {
            throw new NotFoundException("Recipient", query.Id);
        }

        await accessLog.RecordAsync([query.Id], userId, AccountRoles.Family, cancellationToken);
        return RecipientView.Of(family.Recipients.Single(r => r.Id == query.Id));
    }
}
