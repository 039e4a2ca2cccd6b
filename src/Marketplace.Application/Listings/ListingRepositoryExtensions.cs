using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;

namespace Marketplace.Application.Listings;

public static class ListingRepositoryExtensions
{
    /// <summary>
    /// The listing and its enterprise, if the caller owns that enterprise; otherwise a 404, as if there were no such
    /// listing, so another enterprise cannot learn that a draft's id exists (as the management page answers).
    /// </summary>
    public static async Task<(Listing Listing, Enterprise Owner)> GetOwnedAsync(
        this IListingRepository listings, Guid id, IEnterpriseRepository enterprises, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var listing = await listings.FindAsync(id, cancellationToken);
        var owner = listing is null ? null : await enterprises.FindAsync(listing.EnterpriseId, cancellationToken);
        if (listing is null || owner is null || owner.OwnerUserId != currentUser.RequireUserId())
        {
            throw new NotFoundException("Listing", id);
        }

        return (listing, owner);
    }

    /// <summary>A listing the caller may see: published ones for everybody; drafts and paused ones only for their enterprise and admins.</summary>
    public static async Task<Listing> GetVisibleAsync(
        this IListingRepository listings, Guid id, IEnterpriseRepository enterprises, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var listing = await listings.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Listing", id);
        if (listing.Status != ListingStatus.Published && !currentUser.IsInRole(AccountRoles.Admin)
            && (await enterprises.FindAsync(listing.EnterpriseId, cancellationToken))?.OwnerUserId != currentUser.UserId)
        {
            throw new NotFoundException("Listing", id);
        }

        return listing;
    }
}
