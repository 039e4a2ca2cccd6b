using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Mediator;

namespace Marketplace.Application.Listings.ViewListings;

/// <summary>An enterprise's listings: all of them for the enterprise and admins, the published ones for everybody else.</summary>
public sealed record ListEnterpriseListings(Guid EnterpriseId) : IQuery<IReadOnlyList<ListingView>>;

public sealed class ListEnterpriseListingsHandler(
    ICurrentUser currentUser, IListingRepository listings, IEnterpriseRepository enterprises, ICaregiverRepository caregivers)
    : IQueryHandler<ListEnterpriseListings, IReadOnlyList<ListingView>>
{
    public async ValueTask<IReadOnlyList<ListingView>> Handle(ListEnterpriseListings query, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.FindAsync(query.EnterpriseId, cancellationToken)
            ?? throw new NotFoundException("Enterprise", query.EnterpriseId);
        var seesAll = enterprise.OwnerUserId == currentUser.UserId || currentUser.IsInRole(AccountRoles.Admin);
        var affiliated = await caregivers.ListAffiliatedAsync(enterprise.Id, cancellationToken);
        var all = await listings.ListByEnterpriseAsync(enterprise.Id, cancellationToken);
        return [.. all.Where(l => seesAll || l.Status == ListingStatus.Published).Select(l => ListingView.Of(l, affiliated))];
    }
}
