namespace Marketplace.Application.Enterprises;

public interface IEnterpriseRepository
{
    void Add(Enterprise enterprise);

    Task<Guid?> FindIdByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken);

    Task<int> CountVerifiedAsync(CancellationToken cancellationToken);
}
