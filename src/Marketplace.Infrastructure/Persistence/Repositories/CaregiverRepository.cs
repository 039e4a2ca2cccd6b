using System.Diagnostics.CodeAnalysis;
using Marketplace.Application.Caregivers;
using Marketplace.Application.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class CaregiverRepository(MarketplaceDbContext db) : ICaregiverRepository
{
    // One query, not the context's split default, to read one caregiver: their only joined collection is their
    // certificates (the week and the time off are JSON columns of their row), so joining multiplies nothing, and
    // every booking saves a round trip.
    private IQueryable<Caregiver> OneCaregiver => db.Caregivers.AsSingleQuery();

    public void Add(Caregiver caregiver) => db.Caregivers.Add(caregiver);

    public Task<Caregiver?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        OneCaregiver.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Caregiver?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        OneCaregiver.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Caregiver?> FindByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        OneCaregiver.FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);

    public Task<Guid?> FindIdByUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Caregivers.Where(c => c.UserId == userId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Caregiver>> ListPendingAsync(int limit, CancellationToken cancellationToken) =>
        await db.Caregivers.Where(c => c.Verification == VerificationStatus.Pending)
            .OrderBy(c => c.CreatedAt).Take(limit).ToListAsync(cancellationToken);

    [SuppressMessage("Globalization", "CA1304:Specify CultureInfo", Justification = "Translated to SQL UPPER; no .NET culture applies.")]
    [SuppressMessage("Globalization", "CA1311:Specify a culture", Justification = "Translated to SQL UPPER; no .NET culture applies.")]
    public async Task<IReadOnlyList<Caregiver>> ListVerifiedAsync(string? nameContains, int limit, CancellationToken cancellationToken)
    {
        var verified = db.Caregivers.Where(c => c.Verification == VerificationStatus.Verified);
        if (!string.IsNullOrEmpty(nameContains))
        {
            var pattern = $"%{EscapeLike(nameContains.ToUpperInvariant())}%";
            verified = verified.Where(c => EF.Functions.Like(c.FullName.ToUpper(), pattern, "\\"));
        }

        return await verified.OrderBy(c => c.FullName).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Caregiver>> ListVerifiedWithoutCertificateAfterAsync(DateOnly day, CancellationToken cancellationToken) =>
        await db.Caregivers
            .Where(c => c.Verification == VerificationStatus.Verified && !c.Certificates.Any(cert => cert.ExpiresOn > day))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Caregiver>> ListAffiliatedAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        await db.Caregivers.Where(c => c.EnterpriseId == enterpriseId && c.Verification == VerificationStatus.Verified)
            .OrderBy(c => c.FullName).ToListAsync(cancellationToken);

    public Task<Caregiver?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.ToUpperInvariant();
        return OneCaregiver
            .Where(c => db.Users.Any(u => u.Id == c.UserId && u.NormalizedEmail == normalized))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    public async Task<CaregiverSupply> SummarizeVerifiedAsync(CancellationToken cancellationToken)
    {
        var verified = db.Caregivers.Where(c => c.Verification == VerificationStatus.Verified);
        var count = await verified.CountAsync(cancellationToken);
        var lowest = await verified.OrderBy(c => c.HourlyRate).Select(c => c.HourlyRate).FirstOrDefaultAsync(cancellationToken);
        return new CaregiverSupply(count, lowest);
    }

    public async Task<IReadOnlyList<CaregiverCard>> ListVerifiedCardsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Caregivers.AsNoTracking().Where(c => ids.Contains(c.Id) && c.Verification == VerificationStatus.Verified)
            .Select(c => new CaregiverCard(c.Id, c.Photo != null, CaregiverCard.LineOf(c.Bio)))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Caregiver>> ListCareManagersAsync(CancellationToken cancellationToken) =>
        await db.Caregivers.Where(c => c.IsCareManager && c.Verification == VerificationStatus.Verified)
            .OrderBy(c => c.FullName).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Caregiver>> ListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await db.Caregivers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
}
