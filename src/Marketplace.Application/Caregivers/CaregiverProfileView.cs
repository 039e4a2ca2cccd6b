using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>
/// A caregiver as families see them. The home point is left out on purpose: families see distance,
/// never where a caregiver lives. A rejection reason only exists on profiles that only their owner
/// and admins can see.
/// </summary>
public sealed record CaregiverProfileView(
    Guid Id,
    string FullName,
    string Bio,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Languages,
    long HourlyRateIdr,
    int ServiceRadiusKm,
    IReadOnlyList<string> AreaCodes,
    bool Verified,
    VerificationStatus Verification,
    string? RejectionReason,
    bool CareManager,
    Guid? EnterpriseId,
    bool HasPhoto)
{
    public static CaregiverProfileView Of(Caregiver caregiver) => new(
        caregiver.Id,
        caregiver.FullName,
        caregiver.Bio,
        caregiver.Skills,
        caregiver.Languages,
        caregiver.HourlyRate.Rupiah,
        caregiver.ServiceRadiusKm,
        caregiver.AreaCodes,
        caregiver.Verification == VerificationStatus.Verified,
        caregiver.Verification,
        caregiver.RejectionReason,
        caregiver.IsCareManager,
        caregiver.EnterpriseId,
        caregiver.Photo is not null);
}
