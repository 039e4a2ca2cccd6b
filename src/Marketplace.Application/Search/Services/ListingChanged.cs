using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Listings;

namespace Marketplace.Application.Search.Services;

/// <summary>Something about a listing changed in the database; the services index takes its current state.</summary>
[OutboxMessage("listing-changed")]
public sealed record ListingChanged(Guid ListingId);

/// <summary>
/// Reads the listing as committed now and writes its documents, so a repeated or late message still leaves
/// the index right. The version is taken before the read (see <see cref="ISearchVersionClock"/>).
/// </summary>
public sealed class IndexChangedListing(IListingRepository listings, IServiceSearchIndex index, ISearchVersionClock versions, TimeProvider clock)
    : IOutboxHandler<ListingChanged>
{
    public async Task HandleAsync(ListingChanged message, Guid messageId, CancellationToken cancellationToken)
    {
        var version = await versions.NextAsync(cancellationToken);
        var listing = await listings.FindAsync(message.ListingId, cancellationToken);
        var documents = listing is null ? [] : ServiceDocument.Of(listing, clock.GetUtcNow());
        await index.ReplaceListingAsync(message.ListingId, documents, version, cancellationToken);
    }
}
