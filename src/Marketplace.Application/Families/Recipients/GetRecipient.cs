using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.Recipients;

/// <summary>
/// One recipient's details, for those <see cref="RecipientReaders"/> entitles (the family; while its consent stands,
/// a caregiver with a booking for them that is not over, and the family's care manager); 404 to anyone else. Every
/// view is written to the access log with the reader and the relation that entitles them.
/// </summary>
public sealed record GetRecipient(Guid Id) : IQuery<RecipientView>;

public sealed class GetRecipientHandler(ICurrentUser currentUser, RecipientReaders readers, IRecipientAccessLog accessLog)
    : IQueryHandler<GetRecipient, RecipientView>
{
    public async ValueTask<RecipientView> Handle(GetRecipient query, CancellationToken cancellationToken)
    {
        var (family, purpose) = await readers.RequireAsync(query.Id, cancellationToken);
        await accessLog.RecordAsync(HealthDataReader.Of(currentUser), [new(query.Id, HealthRecord.RecipientDetails, query.Id, purpose)], cancellationToken);
        return RecipientView.Of(family.Recipient(query.Id));
    }
}
