namespace Marketplace.Application.Families;

public interface IFamilyRepository
{
    void Add(Family family);

    Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The family with its recipients.</summary>
    Task<Family?> FindByUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// The family with its recipients, for a command that consults it (who books, for which recipient, at which address)
    /// and changes nothing of it: not tracked, so the command's save neither compares it with what was read nor writes
    /// it. A change made to what this returns is never saved; use <see cref="FindByUserAsync"/> to change it.
    /// </summary>
    Task<Family?> ReadByUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The family that cares for the recipient, with its recipients.</summary>
    Task<Family?> FindByRecipientAsync(Guid recipientId, CancellationToken cancellationToken);

    /// <summary>Whether the account is the care manager the family chose (and still holds the credential).</summary>
    Task<bool> IsManagedByAsync(Guid familyId, Guid caregiverUserId, CancellationToken cancellationToken);

    /// <summary>The families whose care manager is the caregiver account, with their recipients.</summary>
    Task<IReadOnlyList<Family>> ListManagedByAsync(Guid caregiverUserId, CancellationToken cancellationToken);
}
