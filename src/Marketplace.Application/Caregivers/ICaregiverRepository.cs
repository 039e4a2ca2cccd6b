namespace Marketplace.Application.Caregivers;

public interface ICaregiverRepository
{
    void Add(Caregiver caregiver);

    Task<Caregiver?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The caregiver as stored, for a command that consults her (her hours, time off, rate, service area) and changes
    /// nothing of hers: not tracked, so the command's save neither compares her with what was read nor writes her. A
    /// change made to what this returns is never saved; use <see cref="FindAsync"/> to change her.
    /// </summary>
    Task<Caregiver?> ReadAsync(Guid id, CancellationToken cancellationToken);

    Task<Caregiver?> FindByUserAsync(Guid userId, CancellationToken cancellationToken);

    Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken);

    Task<CaregiverSupply> SummarizeVerifiedAsync(CancellationToken cancellationToken);

    /// <summary>Caregivers waiting for a verifier, oldest first.</summary>
    Task<IReadOnlyList<Caregiver>> ListPendingAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Verified caregivers, by name, optionally only those whose name contains <paramref name="nameContains"/>.</summary>
    Task<IReadOnlyList<Caregiver>> ListVerifiedAsync(string? nameContains, int limit, CancellationToken cancellationToken);

    /// <summary>Verified caregivers with no documented certificate expiring after <paramref name="day"/>: those that may have lapsed.</summary>
    Task<IReadOnlyList<Caregiver>> ListVerifiedWithoutCertificateAfterAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Verified caregivers affiliated with the enterprise, by name.</summary>
    Task<IReadOnlyList<Caregiver>> ListAffiliatedAsync(Guid enterpriseId, CancellationToken cancellationToken);

    Task<Caregiver?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>The cards (<see cref="CaregiverCard"/>) of those of <paramref name="ids"/> who are verified, in no order.</summary>
    Task<IReadOnlyList<CaregiverCard>> ListVerifiedCardsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Verified caregivers who hold the care-manager credential, by name.</summary>
    Task<IReadOnlyList<Caregiver>> ListCareManagersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The caregivers of <paramref name="ids"/> that exist, whatever their verification, in no order; for reading (a
    /// list, a search document): not tracked, so a change made to them is never saved.
    /// </summary>
    Task<IReadOnlyList<Caregiver>> ListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
