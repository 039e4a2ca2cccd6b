namespace Marketplace.Application.Caregivers;

public interface ICaregiverRepository
{
    void Add(Caregiver caregiver);

    Task<Caregiver?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Caregiver?> FindByUserAsync(Guid userId, CancellationToken cancellationToken);

    Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken);

    Task<CaregiverSupply> SummarizeVerifiedAsync(CancellationToken cancellationToken);

    /// <summary>Caregivers waiting for a verifier, oldest first.</summary>
    Task<IReadOnlyList<Caregiver>> ListPendingAsync(int limit, CancellationToken cancellationToken);
}
