using Marketplace.Application.Families;

namespace Marketplace.Infrastructure.Persistence.Entries;

/// <summary>
/// One read of a recipient's health data: who read it (account and role), when, which record, and why.
/// Never updated.
/// </summary>
public sealed class RecipientAccess
{
    public required Guid Id { get; init; }

    /// <summary>Whose data was read.</summary>
    public required Guid RecipientId { get; init; }

    public required HealthRecord Record { get; init; }

    /// <summary>The recipient's id for their details, the booking's id for its visit logs.</summary>
    public required Guid RecordId { get; init; }

    public required AccessPurpose Purpose { get; init; }

    public required Guid ViewerUserId { get; init; }

    /// <summary>The reader's account role (<c>AccountRoles</c>).</summary>
    public required string ViewerRole { get; init; }

    public required DateTimeOffset ViewedAt { get; init; }
}
