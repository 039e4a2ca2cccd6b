namespace Marketplace.Infrastructure.Persistence.Entries;

/// <summary>One view of a recipient's specific personal data: who looked, in which role, and when. Never updated.</summary>
public sealed class RecipientAccess
{
    public required Guid Id { get; init; }

    public required Guid RecipientId { get; init; }

    public required Guid ViewerUserId { get; init; }

    public required string ViewerRole { get; init; }

    public required DateTimeOffset ViewedAt { get; init; }
}
