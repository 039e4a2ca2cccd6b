using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Caregivers.GetMyProfile;

/// <summary>The signed-in caregiver's own profile, home point included, for editing.</summary>
public sealed record GetMyCaregiverProfile : IQuery<OwnCaregiverProfile>;

public sealed record OwnCaregiverProfile(CaregiverProfileView Profile, double? HomeLat, double? HomeLon);

public sealed class GetMyCaregiverProfileHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, TimeProvider clock)
    : IQueryHandler<GetMyCaregiverProfile, OwnCaregiverProfile>
{
    public async ValueTask<OwnCaregiverProfile> Handle(GetMyCaregiverProfile query, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);
        return new OwnCaregiverProfile(CaregiverProfileView.Of(caregiver, clock.GetUtcNow()), caregiver.Home?.Latitude, caregiver.Home?.Longitude);
    }
}
