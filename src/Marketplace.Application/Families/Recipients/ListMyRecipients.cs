using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.Recipients;

/// <summary>The family's own recipients; each one shown is written to the access log.</summary>
public sealed record ListMyRecipients : IQuery<IReadOnlyList<RecipientView>>;

public sealed class ListMyRecipientsHandler(ICurrentUser currentUser, IFamilyRepository families, IRecipientAccessLog accessLog)
    : IQueryHandler<ListMyRecipients, IReadOnlyList<RecipientView>>
{
    public async ValueTask<IReadOnlyList<RecipientView>> Handle(ListMyRecipients query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var family = await families.FindByUserAsync(userId, cancellationToken);
        if (family is null || family.Recipients.Count == 0)
        {
            return [];
        }

        await accessLog.RecordAsync([.. family.Recipients.Select(r => r.Id)], userId, AccountRoles.Family, cancellationToken);
        return [.. family.Recipients.OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(RecipientView.Of)];
    }
}
