using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Mediator;

namespace Marketplace.Application.Listings.ViewListings;

/// <summary>
/// A listing as its enterprise manages it (drafts, paused and published alike). Only the owning enterprise
/// manages a listing (admins do not: they verify enterprises), so to anyone else it does not exist (404),
/// as for an unknown id: a published listing is read through <see cref="GetListing"/>.
/// </summary>
public sealed record GetManagedListing(Guid Id) : IQuery<ListingView>;

public sealed class GetManagedListingHandler(
    ICurrentUser currentUser, IListingRepository listings, IEnterpriseRepository enterprises, ICaregiverRepository caregivers)
    : IQueryHandler<GetManagedListing, ListingView>
{
    public async ValueTask<ListingView> Handle(GetManagedListing query, CancellationToken cancellationToken)
    {
        var listing = await listings.FindAsync(query.Id, cancellationToken);
        var owner = listing is null ? null : await enterprises.FindAsync(listing.EnterpriseId, cancellationToken);
        if (listing is null || owner is null || owner.OwnerUserId != currentUser.UserId)
        {
            throw new NotFoundException("Listing", query.Id);
        }

        return ListingView.Of(listing, await caregivers.ListAffiliatedAsync(owner.Id, cancellationToken));
    }
}
