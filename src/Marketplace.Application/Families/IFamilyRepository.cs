namespace Marketplace.Application.Families;

public interface IFamilyRepository
{
    void Add(Family family);

    Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The family with its recipients.</summary>
    Task<Family?> FindByUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The family that cares for the recipient, with its recipients.</summary>
    Task<Family?> FindByRecipientAsync(Guid recipientId, CancellationToken cancellationToken);
}
