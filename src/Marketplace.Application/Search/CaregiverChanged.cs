using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Outbox;

namespace Marketplace.Application.Search;

/// <summary>Something about a caregiver changed in the database; the index takes their current state.</summary>
public sealed record CaregiverChanged(Guid CaregiverId);

/// <summary>
/// Reads the caregiver as committed now and writes that to the index, so handling a message twice, or
/// late, still leaves the index equal to the database.
/// </summary>
public sealed class IndexChangedCaregiver(ICaregiverRepository caregivers, ICaregiverSearchIndex index) : IOutboxHandler<CaregiverChanged>
{
    public async Task HandleAsync(CaregiverChanged message, Guid messageId, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.FindAsync(message.CaregiverId, cancellationToken);
        if (caregiver is not null && CaregiverDocument.Of(caregiver) is { } document)
        {
            await index.UpsertAsync(document, cancellationToken);
        }
        else
        {
            await index.DeleteAsync(message.CaregiverId, cancellationToken);
        }
    }
}
