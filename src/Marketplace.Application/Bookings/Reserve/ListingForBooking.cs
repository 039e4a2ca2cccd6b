using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Families;
using Marketplace.Application.Listings;

namespace Marketplace.Application.Bookings.Reserve;

/// <summary>What every reservation of a listing's places checks first: who books, for whom, and where.</summary>
public sealed class ListingForBooking(ICurrentUser currentUser, IFamilyRepository families, IEnterpriseRepository enterprises)
{
    /// <summary>The caller's family and one of its recipients (404 for anyone else's), and the parties of a booking at the listing.</summary>
    public async Task<(CareRecipient Recipient, BookingParties Parties)> PartiesAsync(
        Guid recipientId, Listing listing, ListingKind kind, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Family, "Only a family account can book care.");
        var family = await families.ReadByUserAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new ForbiddenException("Only a family account can book care.");
        var recipient = family.Recipients.FirstOrDefault(r => r.Id == recipientId) ?? throw new NotFoundException("Recipient", recipientId);
        if (listing.Kind != kind)
        {
            throw new BusinessRuleException("This listing does not offer that kind of booking.");
        }

        listing.EnsureTakesBookings();

        var enterprise = await enterprises.FindAsync(listing.EnterpriseId, cancellationToken)
            ?? throw new NotFoundException("Listing", listing.Id);
        return (recipient, new BookingParties(
            family.Id, family.UserId, recipient.Id, recipient.Name, enterprise.OwnerUserId, listing.Title, CaregiverId: null, listing.Id,
            recipient.Kind, recipient.Address.AreaCode.Value));
    }

    /// <summary>
    /// Drafts are invisible to families: for them such a listing does not exist. <paramref name="resource"/> is
    /// what the caller named by <paramref name="id"/> (the listing, or one of its clinic slots).
    /// </summary>
    public static Listing Visible(Listing? listing, Guid id, string resource = "Listing") =>
        listing is null || listing.Status == ListingStatus.Draft ? throw new NotFoundException(resource, id) : listing;
}
