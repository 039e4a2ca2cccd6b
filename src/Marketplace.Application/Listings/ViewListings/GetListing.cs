using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
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
        var listing = await listings.FindAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Listing", query.Id);
        if (listing.Status != ListingStatus.Published && !currentUser.IsInRole(AccountRoles.Admin)
            && (await enterprises.FindAsync(listing.EnterpriseId, cancellationToken))?.OwnerUserId != currentUser.UserId)
        {
            throw new NotFoundException("Listing", query.Id);
        }

        return ListingView.Of(listing, await caregivers.ListAffiliatedAsync(listing.EnterpriseId, cancellationToken));
    }
}
