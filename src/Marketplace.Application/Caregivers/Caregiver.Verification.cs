using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Caregivers;

/// <summary>Certificates and the verifier's decisions: what lets a caregiver be booked, and what takes it away.</summary>
public sealed partial class Caregiver
{
    private readonly List<Certificate> _certificates = [];

    public IReadOnlyList<Certificate> Certificates => _certificates;

    public VerificationStatus Verification { get; private set; } = VerificationStatus.Pending;

    /// <summary>Why the verifier said no, shown to the caregiver so they can fix it; null unless rejected.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>The care-manager credential: oversees care plans and visit logs. Granted by an admin.</summary>
    public bool IsCareManager { get; private set; }

    /// <summary>A certificate valid today whose document the verifier can read.</summary>
    public bool HasCurrentCertificate(DateOnly today) =>
        _certificates.Any(c => c.Document is not null && c.IsCurrentOn(today));

    /// <summary>The certificates a verifier has seen that are valid on <paramref name="today"/>, latest expiry first: what families are shown.</summary>
    public IReadOnlyList<Certificate> VerifiedCertificatesOn(DateOnly today) =>
        [.. _certificates.Where(c => c.Verified && c.IsCurrentOn(today)).OrderByDescending(c => c.ExpiresOn)];

    public Certificate AddCertificate(CertificateDetails details, DateTimeOffset now)
    {
        if (_certificates.Count >= FieldLimits.MaxCertificatesPerCaregiver)
        {
            throw new BusinessRuleException($"A caregiver can list at most {FieldLimits.MaxCertificatesPerCaregiver} certificates.");
        }

        // The same certificate twice would only give the verifier two copies to check.
        if (_certificates.Exists(listed => string.Equals(listed.Number, details.Number, StringComparison.OrdinalIgnoreCase)
            && string.Equals(listed.Issuer, details.Issuer, StringComparison.OrdinalIgnoreCase)))
        {
            throw new BusinessRuleException("This certificate (the same number from the same issuer) is on your profile already.");
        }

        var certificate = Certificate.Create(details, now);
        _certificates.Add(certificate);
        return certificate;
    }

    /// <summary>
    /// Stores the scanned document of a certificate; a scan it replaces is released (deleted after the save).
    /// A rejected or expired caregiver who sends new evidence goes back into the verifier's queue.
    /// </summary>
    public void AttachCertificateDocument(Guid certificateId, CertificateDocument document)
    {
        var certificate = CertificateWithId(certificateId);
        Release(certificate.Document?.StorageKey, document.StorageKey);
        certificate.Attach(document);
        if (Verification is VerificationStatus.Rejected or VerificationStatus.Expired)
        {
            Verification = VerificationStatus.Pending;
            RejectionReason = null;
        }
    }

    public void Verify(DateOnly today)
    {
        if (Verification == VerificationStatus.Verified)
        {
            throw new BusinessRuleException("This caregiver is already verified.");
        }

        if (Verification == VerificationStatus.Suspended)
        {
            throw new BusinessRuleException("This caregiver is suspended after a complaint: lift the suspension instead.");
        }

        if (!HasCompleteProfile)
        {
            throw new BusinessRuleException("A caregiver can be verified only with a complete profile: home, rate and skills.");
        }

        if (!HasCurrentCertificate(today))
        {
            throw new BusinessRuleException("A caregiver can be verified only with a current certificate and its uploaded document.");
        }

        Verification = VerificationStatus.Verified;
        RejectionReason = null;

        // The verifier decides on every documented certificate in the queue, so each of them now counts as seen.
        _certificates.ForEach(c => c.MarkVerified());
    }

    /// <summary>Refuses (or withdraws) verification; the caregiver can no longer be booked until verified again.</summary>
    public void Reject(string reason)
    {
        if (Verification == VerificationStatus.Rejected)
        {
            throw new BusinessRuleException("This caregiver is already rejected.");
        }

        Verification = VerificationStatus.Rejected;
        RejectionReason = reason;
        Suspension = null;
    }

    /// <summary>Marks a verified caregiver expired once no certificate is current; returns whether it did.</summary>
    public bool ExpireIfCertificatesLapsed(DateOnly today)
    {
        if (Verification != VerificationStatus.Verified || HasCurrentCertificate(today))
        {
            return false;
        }

        Verification = VerificationStatus.Expired;
        return true;
    }

    public void GrantCareManager()
    {
        if (Verification != VerificationStatus.Verified)
        {
            throw new BusinessRuleException("Only a verified caregiver can be a care manager.");
        }

        IsCareManager = true;
    }

    public void RevokeCareManager() => IsCareManager = false;
}
