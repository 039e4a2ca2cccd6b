namespace Marketplace.Application.Families;

/// <summary>
/// Every view of a recipient's health and disability details, as UU 27/2022 asks of specific personal
/// data. Reads are queries, so the log writes (and commits) its entries itself.
/// </summary>
public interface IRecipientAccessLog
{
    Task RecordAsync(IReadOnlyCollection<Guid> recipientIds, Guid viewerUserId, string viewerRole, CancellationToken cancellationToken);
}
