using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Enterprises;

/// <summary>A social enterprise that runs care services. Only verified enterprises publish listings.</summary>
public sealed class Enterprise
{
    private Enterprise(Guid id, Guid ownerUserId, string name, EnterpriseKind kind, string registrationNumber, AreaCode areaCode, DateTimeOffset createdAt)
    {
        Id = id;
        OwnerUserId = ownerUserId;
        Name = name;
        Kind = kind;
        RegistrationNumber = registrationNumber;
        AreaCode = areaCode;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid OwnerUserId { get; private set; }

    public string Name { get; private set; }

    public EnterpriseKind Kind { get; private set; }

    public string RegistrationNumber { get; private set; }

    public AreaCode AreaCode { get; private set; }

    public VerificationStatus Verification { get; private set; } = VerificationStatus.Pending;

    public DateTimeOffset CreatedAt { get; private set; }

    public static Enterprise Register(
        Guid ownerUserId, string name, EnterpriseKind kind, string registrationNumber, AreaCode areaCode, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), ownerUserId, name, kind, registrationNumber, areaCode, now);

    public void Verify() => Verification = VerificationStatus.Verified;
}
