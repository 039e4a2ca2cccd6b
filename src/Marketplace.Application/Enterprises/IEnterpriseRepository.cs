namespace Marketplace.Application.Enterprises;

public interface IEnterpriseRepository
{
    void Add(Enterprise enterprise);

    Task<Enterprise?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Enterprise?> FindByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken);

    Task<Guid?> FindIdByOwnerAsync(Guid ownerUserId, CancellationToken cancellationToken);

    Task<int> CountVerifiedAsync(CancellationToken cancellationToken);

    /// <summary>Enterprises waiting for a verifier, oldest first.</summary>
    Task<IReadOnlyList<Enterprise>> ListPendingAsync(int limit, CancellationToken cancellationToken);
}
