namespace Marketplace.Application.Caregivers;

public interface ICaregiverRepository
{
    void Add(Caregiver caregiver);

    Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken);

    Task<CaregiverSupply> SummarizeVerifiedAsync(CancellationToken cancellationToken);
}
