using Marketplace.Application.Common.Ports;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Caregivers.UpdateMyProfile;

/// <summary>A caregiver writes their own profile: who they are, what they do, where and for how much.</summary>
/// <remarks>Every member is required but <see cref="Bio"/>: the profile is replaced as a whole.</remarks>
public sealed record UpdateMyCaregiverProfile(
    string FullName,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages,
    long HourlyRateIdr,
    PointInput Home,
    int ServiceRadiusKm,
    IReadOnlyList<string> AreaCodes,
    string? Bio = null) : ICommand<CaregiverProfileView>;

public sealed class UpdateMyCaregiverProfileHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, TimeProvider clock)
    : ICommandHandler<UpdateMyCaregiverProfile, CaregiverProfileView>
{
    public async ValueTask<CaregiverProfileView> Handle(UpdateMyCaregiverProfile command, CancellationToken cancellationToken)
    {
        var caregiver = await caregivers.GetOwnAsync(currentUser, cancellationToken);

        caregiver.UpdateProfile(new CaregiverProfile(
            command.FullName.Trim(),
            command.Bio?.Trim() ?? string.Empty,
            command.Skills,
            command.Languages,
            Money.FromRupiah(command.HourlyRateIdr),
            GeoPoint.Create(command.Home.Lat, command.Home.Lon),
            command.ServiceRadiusKm,
            command.AreaCodes));
        return CaregiverProfileView.Of(caregiver, clock.GetUtcNow());
    }
}
