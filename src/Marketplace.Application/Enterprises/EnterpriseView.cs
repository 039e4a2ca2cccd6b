using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Enterprises;

/// <summary>An enterprise as the public sees it; the rejection reason only reaches its owner and admins.</summary>
public sealed record EnterpriseView(
    Guid Id,
    string Name,
    EnterpriseKind Kind,
    string RegistrationNumber,
    string AreaCode,
    string Description,
    bool Verified,
    VerificationStatus Verification,
    string? RejectionReason)
{
    public static EnterpriseView Of(Enterprise enterprise) => new(
        enterprise.Id,
        enterprise.Name,
        enterprise.Kind,
        enterprise.RegistrationNumber,
        enterprise.AreaCode.Value,
        enterprise.Description,
        enterprise.IsVerified,
        enterprise.Verification,
        enterprise.RejectionReason);
}
