using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.SharedKernel;

namespace Marketplace.Application.Families;

/// <summary>A family account and the people it cares for.</summary>
public sealed partial class Family
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

    /// <summary>Said when a person with bookings that are not over would be removed.</summary>
    public const string RecipientHasOpenBookings =
        "{0} has bookings that are not over yet; cancel them, or wait until they are over, before removing this person.";

    /// <summary>Adds a recipient; the consent to hold their health data comes with them or they are not added.</summary>
    public CareRecipient AddRecipient(
        string name, RecipientKind kind, int birthYear, IEnumerable<string> needs, RecipientAddress address, Consent consent)
    {
        var recipient = CareRecipient.Create(name, kind, birthYear, needs, address, consent);
        _recipients.Add(recipient);
        return recipient;
    }

    /// <summary>One of the family's recipients; 404 for any other id, so another family's people cannot be probed.</summary>
    public CareRecipient Recipient(Guid recipientId) =>
        _recipients.FirstOrDefault(r => r.Id == recipientId) ?? throw new NotFoundException("Recipient", recipientId);

    /// <summary>
    /// Changes what the family wrote about one of its people; <paramref name="renewedConsent"/> is consent given again after
    /// a withdrawal, and needs are refused while no consent stands (see <see cref="CareRecipient.Update"/>).
    /// </summary>
    public CareRecipient UpdateRecipient(
        Guid recipientId, string name, RecipientKind kind, int birthYear, IEnumerable<string> needs, RecipientAddress address, Consent? renewedConsent)
    {
        var recipient = Recipient(recipientId);
        recipient.Update(name, kind, birthYear, needs, address, renewedConsent);
        return recipient;
    }

    public CareRecipient WithdrawConsent(Guid recipientId, DateTimeOffset now)
    {
        var recipient = Recipient(recipientId);
        recipient.WithdrawConsent(now);
        return recipient;
    }

    /// <summary>
    /// Removes one of the family's people with all the family wrote about them. Refused while a booking for them is not
    /// over (<paramref name="hasOpenBookings"/>: requested, accepted, confirmed or under way): the caregiver or place
    /// still expects them. Bookings that are over keep the name they were made with.
    /// </summary>
    public CareRecipient RemoveRecipient(Guid recipientId, bool hasOpenBookings)
    {
        var recipient = Recipient(recipientId);
        if (hasOpenBookings)
        {
            throw new BusinessRuleException(RecipientHasOpenBookings, recipient.Name);
        }

        _recipients.Remove(recipient);
        return recipient;
    }
}
