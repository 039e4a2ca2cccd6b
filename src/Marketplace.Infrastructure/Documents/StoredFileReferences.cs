using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;
using Marketplace.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Documents;

/// <summary>Looks for a stored file's key in every column that holds one: caregivers' photos and certificate scans.</summary>
internal sealed class StoredFileReferences(MarketplaceDbContext db) : IStoredFileReferences
{
    public async Task<bool> IsReferencedAsync(string key, CancellationToken cancellationToken) =>
        await db.Caregivers.AnyAsync(c => c.Photo != null && c.Photo.StorageKey == key, cancellationToken)
        || await db.Set<Certificate>().AnyAsync(c => c.Document != null && c.Document.StorageKey == key, cancellationToken);
}
