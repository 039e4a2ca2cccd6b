using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>
/// The platform's stop after an upheld complaint: a suspended caregiver is out of search, her profile is hidden
/// from families and she takes no new bookings (every check of <see cref="VerificationStatus.Verified"/> refuses
/// her) until an admin lifts it.
/// </summary>
public sealed partial class Caregiver
{
    public const string SuspendedAlready = "This caregiver is suspended already.";
    public const string OnlyVerifiedSuspended = "Only a verified caregiver can be suspended: the others take no bookings anyway.";
    public const string NotSuspended = "This caregiver is not suspended.";

    /// <summary>Why and since when she is suspended; null unless <see cref="Verification"/> is suspended.</summary>
    public Suspension? Suspension { get; private set; }

    public void Suspend(Suspension suspension)
    {
        if (Verification == VerificationStatus.Suspended)
        {
            throw new BusinessRuleException(SuspendedAlready);
        }

        if (Verification != VerificationStatus.Verified)
        {
            throw new BusinessRuleException(OnlyVerifiedSuspended);
        }

        Verification = VerificationStatus.Suspended;
        Suspension = suspension;
    }

    /// <summary>Lifts the suspension: verified again, or expired when no certificate is current any more.</summary>
    public void Reinstate(DateOnly today)
    {
        if (Verification != VerificationStatus.Suspended)
        {
            throw new BusinessRuleException(NotSuspended);
        }

        Suspension = null;
        Verification = HasCurrentCertificate(today) ? VerificationStatus.Verified : VerificationStatus.Expired;
    }
}
