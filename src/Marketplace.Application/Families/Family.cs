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

    public static Family Register(Guid userId, DateTimeOffset now) => new(Guid.CreateVersion7(now), userId, now);

    /// <summary>Adds a recipient; the consent to hold their health data comes with them or they are not added.</summary>
    public CareRecipient AddRecipient(
        string name, RecipientKind kind, int birthYear, IEnumerable<string> needs, RecipientAddress address, Consent consent)
    {
        var recipient = CareRecipient.Create(name, kind, birthYear, needs, address, consent);
        _recipients.Add(recipient);
        return recipient;
    }
}
