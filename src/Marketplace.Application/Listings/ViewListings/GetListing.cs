using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Mediator;

namespace Marketplace.Application.Listings.ViewListings;

/// <summary>A listing: published ones for everybody; drafts and paused ones only for their enterprise and admins.</summary>
public sealed record GetListing(Guid Id) : IQuery<ListingView>;

public sealed class GetListingHandler(
    ICurrentUser currentUser, IListingRepository listings, IEnterpriseRepository enterprises, ICaregiverRepository caregivers)
    : IQueryHandler<GetListing, ListingView>
{
    public async ValueTask<ListingView> Handle(GetListing query, CancellationToken cancellationToken)
    {
        var listing = await listings.GetVisibleAsync(query.Id, enterprises, currentUser, cancellationToken);
        return ListingView.Of(listing, await caregivers.ListAffiliatedAsync(listing.EnterpriseId, cancellationToken));
    }
}
