namespace Marketplace.Application.Affiliations;

public interface IAffiliationRepository
{
    void Add(Affiliation affiliation);

    Task<Affiliation?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> HasOpenAsync(Guid enterpriseId, Guid caregiverId, CancellationToken cancellationToken);

    /// <summary>Affiliations of an enterprise or of a caregiver, newest first, with both names.</summary>
    Task<IReadOnlyList<AffiliationView>> ListAsync(Guid? enterpriseId, Guid? caregiverId, CancellationToken cancellationToken);
}
