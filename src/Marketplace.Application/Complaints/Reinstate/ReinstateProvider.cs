using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Enterprises;
using Marketplace.Application.Listings;
using Marketplace.Application.Notifications;
using Mediator;

namespace Marketplace.Application.Complaints.Reinstate;

/// <summary>
/// An admin lifts a caregiver's suspension: she is verified again (expired when no certificate is current any
/// more) and emailed. 404 when there is no such caregiver, 409 when she is not suspended.
/// </summary>
public sealed record ReinstateCaregiver(Guid CaregiverId) : ICommand<Unit>;

/// <summary>
/// An admin lifts a listing's suspension: it comes back paused, for its enterprise to publish again, which is
/// emailed. 404 when there is no such listing, 409 when it is not suspended.
/// </summary>
public sealed record ReinstateListing(Guid ListingId) : ICommand<Unit>;

public sealed class ReinstateProviderHandler(
    ICurrentUser currentUser, ICaregiverRepository caregivers, IListingRepository listings, IEnterpriseRepository enterprises,
    IOutbox outbox, TimeProvider clock)
    : ICommandHandler<ReinstateCaregiver, Unit>, ICommandHandler<ReinstateListing, Unit>
{
    public async ValueTask<Unit> Handle(ReinstateCaregiver command, CancellationToken cancellationToken)
    {
        RequireAdmin();
        var caregiver = await caregivers.FindAsync(command.CaregiverId, cancellationToken) ?? throw new NotFoundException("Caregiver", command.CaregiverId);
        caregiver.Reinstate(caregiver.Today(clock.GetUtcNow()));
        outbox.Enqueue(new ProviderSuspensionChanged(caregiver.UserId, caregiver.FullName, SuspensionReason: null));
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(ReinstateListing command, CancellationToken cancellationToken)
    {
        RequireAdmin();
        var listing = await listings.FindAsync(command.ListingId, cancellationToken) ?? throw new NotFoundException("Listing", command.ListingId);
        listing.Reinstate();
        var owner = await enterprises.FindAsync(listing.EnterpriseId, cancellationToken) ?? throw new NotFoundException("Listing", command.ListingId);
        outbox.Enqueue(new ProviderSuspensionChanged(owner.OwnerUserId, listing.Title, SuspensionReason: null));
        return Unit.Value;
    }

    private void RequireAdmin() => currentUser.RequireRole(AccountRoles.Admin, "Only an admin lifts a suspension.");
}
