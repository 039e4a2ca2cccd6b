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
        var reader = HealthDataReader.Of(currentUser);
        var family = await families.FindByUserAsync(reader.UserId, cancellationToken);
        if (family is null || family.Recipients.Count == 0)
        {
            return [];
        }

        await accessLog.RecordAsync(
            reader, [.. family.Recipients.Select(r => new HealthDataRead(r.Id, HealthRecord.RecipientDetails, r.Id, AccessPurpose.OwnFamily))], cancellationToken);
        return [.. family.Recipients.OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(RecipientView.Of)];
    }
}
