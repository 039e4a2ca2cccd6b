using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Caregivers.GetProfile;

/// <summary>
/// A caregiver's public profile. Until verified it is visible only to its owner and to admins;
/// anyone else is told it does not exist.
/// </summary>
public sealed record GetCaregiverProfile(Guid Id) : IQuery<CaregiverProfileView>;

public sealed class GetCaregiverProfileHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, TimeProvider clock)
    : IQueryHandler<GetCaregiverProfile, CaregiverProfileView>
{
    public async ValueTask<CaregiverProfileView> Handle(GetCaregiverProfile query, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.FindAsync(query.Id, cancellationToken);
        var visible = caregiver is not null && (caregiver.Verification == VerificationStatus.Verified
            || caregiver.UserId == currentUser.UserId
            || currentUser.IsInRole(AccountRoles.Admin));
        return visible ? CaregiverProfileView.Of(caregiver!, clock.GetUtcNow()) : throw new NotFoundException("Caregiver", query.Id);
    }
}
