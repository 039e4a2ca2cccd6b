using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>
/// A caregiver as families see them. The home point is left out on purpose: families see distance,
/// never where a caregiver lives. A rejection or suspension reason only exists on profiles that only
/// their owner and admins can see. <see cref="VerifiedCertificates"/> are those a verifier has seen that are valid at the time
/// of reading.
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
    string? SuspensionReason,
    bool CareManager,
    Guid? EnterpriseId,
    bool HasPhoto,
    IReadOnlyList<PublicCertificateView> VerifiedCertificates)
{
    /// <summary>The caregiver as read at <paramref name="now"/> (which decides the certificates still valid).</summary>
    public static CaregiverProfileView Of(Caregiver caregiver, DateTimeOffset now) => new(
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
        caregiver.Suspension?.Reason,
        caregiver.IsCareManager,
        caregiver.EnterpriseId,
        caregiver.Photo is not null,
        PublicCertificateView.AllOf(caregiver, now));
}
