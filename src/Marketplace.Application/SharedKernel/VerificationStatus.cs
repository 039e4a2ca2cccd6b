namespace Marketplace.Application.SharedKernel;

/// <summary>Where a caregiver or an enterprise stands with the platform's verifiers.</summary>
public enum VerificationStatus
{
    Pending,
    Verified,
    Rejected,
    Expired,

    /// <summary>A verified caregiver the platform stopped after an upheld complaint (see <see cref="Suspension"/>).</summary>
    Suspended,
}
