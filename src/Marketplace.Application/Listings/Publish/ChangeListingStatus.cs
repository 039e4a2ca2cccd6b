using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Mediator;

namespace Marketplace.Application.Listings.Publish;

/// <summary>The owning enterprise publishes a draft or paused listing.</summary>
public sealed record PublishListing(Guid ListingId) : ICommand<ListingView>;

/// <summary>The owning enterprise pauses a published listing: no new bookings, existing ones stand.</summary>
public sealed record PauseListing(Guid ListingId) : ICommand<ListingView>;

public sealed class ChangeListingStatusHandler(
    ICurrentUser currentUser, IEnterpriseRepository enterprises, IListingRepository listings, ICaregiverRepository caregivers)
    : ICommandHandler<PublishListing, ListingView>, ICommandHandler<PauseListing, ListingView>
{
    public async ValueTask<ListingView> Handle(PublishListing command, CancellationToken cancellationToken)
    {
        var (listing, owner) = await listings.GetOwnedAsync(command.ListingId, enterprises, currentUser, cancellationToken);
        listing.Publish(owner);
        return ListingView.Of(listing, await caregivers.ListAffiliatedAsync(owner.Id, cancellationToken));
    }

    public async ValueTask<ListingView> Handle(PauseListing command, CancellationToken cancellationToken)
    {
        var (listing, owner) = await listings.GetOwnedAsync(command.ListingId, enterprises, currentUser, cancellationToken);
        listing.Pause();
        return ListingView.Of(listing, await caregivers.ListAffiliatedAsync(owner.Id, cancellationToken));
    }
}
