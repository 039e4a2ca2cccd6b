using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Application.Common.Documents;

/// <summary>
/// A record stopped referring to a stored file (a photo or a scan was replaced). Saved to the outbox with that
/// change, so the file is deleted only once the change has committed, and still is if the process dies just after.
/// </summary>
[OutboxMessage("stored-file-released")]
public sealed record StoredFileReleased(string StorageKey);

/// <summary>
/// Deletes a released file. At least once delivery is safe: a file already gone counts as deleted. A file some
/// record still refers to is kept (the demo data shares one scan between caregivers), so only orphans go.
/// </summary>
public sealed class DeleteReleasedFile(IStoredFileReferences references, IDocumentStore documents) : IOutboxHandler<StoredFileReleased>
{
    public async Task HandleAsync(StoredFileReleased message, Guid messageId, CancellationToken cancellationToken)
    {
        if (!await references.IsReferencedAsync(message.StorageKey, cancellationToken))
        {
            await documents.DeleteAsync(message.StorageKey, cancellationToken);
        }
    }
}
