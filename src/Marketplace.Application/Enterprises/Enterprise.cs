using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Enterprises;

/// <summary>A social enterprise that runs care services. Only verified enterprises publish listings.</summary>
public sealed class Enterprise
{
    private Enterprise(Guid id, Guid ownerUserId, DateTimeOffset createdAt)
    {
        Id = id;
        OwnerUserId = ownerUserId;
        CreatedAt = createdAt;
        Name = string.Empty;
        RegistrationNumber = string.Empty;
        AreaCode = null!;
    }

    public Guid Id { get; private set; }

    public Guid OwnerUserId { get; private set; }

    public string Name { get; private set; }

    public EnterpriseKind Kind { get; private set; }

    /// <summary>The legal registration: an LKS registration, an AHU decree or a business number (NIB).</summary>
    public string RegistrationNumber { get; private set; }

    public AreaCode AreaCode { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public VerificationStatus Verification { get; private set; } = VerificationStatus.Pending;

    public string? RejectionReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsVerified => Verification == VerificationStatus.Verified;

    public static Enterprise Register(Guid ownerUserId, EnterpriseDetails details, DateTimeOffset now)
    {
        var enterprise = new Enterprise(Guid.CreateVersion7(now), ownerUserId, now);
        enterprise.Apply(details);
        return enterprise;
    }

    /// <summary>
    /// Changes the registered details. The verifier checked the old ones, so a change of name, kind or
    /// registration number sends a verified or rejected enterprise back to the queue.
    /// </summary>
    public void UpdateDetails(EnterpriseDetails details)
    {
        var needsReview = details.Name != Name || details.Kind != Kind || details.RegistrationNumber != RegistrationNumber;
        Apply(details);
        if (needsReview || Verification == VerificationStatus.Rejected)
        {
            Verification = VerificationStatus.Pending;
            RejectionReason = null;
        }
    }

    public void Verify()
    {
        if (IsVerified)
        {
            throw new BusinessRuleException("This enterprise is already verified.");
        }

        Verification = VerificationStatus.Verified;
        RejectionReason = null;
    }

    public void Reject(string reason)
    {
        if (Verification == VerificationStatus.Rejected)
        {
            throw new BusinessRuleException("This enterprise is already rejected.");
        }

        Verification = VerificationStatus.Rejected;
        RejectionReason = reason;
    }

    private void Apply(EnterpriseDetails details)
    {
        Name = details.Name;
        Kind = details.Kind;
        RegistrationNumber = details.RegistrationNumber;
        AreaCode = details.AreaCode;
        Description = details.Description;
    }
}

public sealed record EnterpriseDetails(string Name, EnterpriseKind Kind, string RegistrationNumber, AreaCode AreaCode, string Description);
