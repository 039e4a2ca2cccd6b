namespace Marketplace.Application.Listings;

public interface IListingRepository
{
    void Add(Listing listing);

    /// <summary>The listing with its stops and their slots.</summary>
    Task<Listing?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The listing whose stop holds the clinic slot, with its stops and their slots.</summary>
    Task<Listing?> FindBySlotAsync(Guid slotId, CancellationToken cancellationToken);

    /// <summary>An enterprise's listings, newest first, with their stops.</summary>
    Task<IReadOnlyList<Listing>> ListByEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken);
}
