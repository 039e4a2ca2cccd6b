using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Families;

/// <summary>A family account and the people it cares for.</summary>
public sealed class Family
{
    private readonly List<CareRecipient> _recipients = [];

    private Family(Guid id, Guid userId, DateTimeOffset createdAt)
    {
        Id = id;
        UserId = userId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<CareRecipient> Recipients => _recipients;

    /// <summary>
    /// The care manager the family chose to oversee its care: they may read its recipients' details and
    /// its bookings with their visit logs. Null when the family has none.
    /// </summary>
    public Guid? CareManagerId { get; private set; }

    public static Family Register(Guid userId, DateTimeOffset now) => new(Guid.CreateVersion7(now), userId, now);

    /// <summary>The family chooses a verified caregiver who holds the care-manager credential, or none.</summary>
    public void ChooseCareManager(Caregiver? careManager)
    {
        if (careManager is not null && !(careManager.IsCareManager && careManager.Verification == VerificationStatus.Verified))
        {
            throw new BusinessRuleException("Choose a verified caregiver who holds the care-manager credential.");
        }

        CareManagerId = careManager?.Id;
    }

    /// <summary>Adds a recipient; the consent to hold their health data comes with them or they are not added.</summary>
    public CareRecipient AddRecipient(
        string name, RecipientKind kind, int birthYear, IEnumerable<string> needs, RecipientAddress address, Consent consent)
    {
        var recipient = CareRecipient.Create(name, kind, birthYear, needs, address, consent);
        _recipients.Add(recipient);
        return recipient;
    }
}
