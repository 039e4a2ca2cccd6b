using Marketplace.Application.Reviews;
using Marketplace.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Infrastructure.Persistence.Repositories;

internal sealed class ReviewRepository(MarketplaceDbContext db) : IReviewRepository
{
    public void Add(Review review) => db.Reviews.Add(review);

    public Task<Review?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Reviews.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<Review?> FindByBookingAsync(Guid bookingId, CancellationToken cancellationToken) =>
        db.Reviews.FirstOrDefaultAsync(r => r.BookingId == bookingId, cancellationToken);

    public async Task<RatingSummary> SummaryAsync(Guid? caregiverId, Guid? listingId, CancellationToken cancellationToken)
    {
        var summary = await Visible(caregiverId, listingId).GroupBy(_ => 1)
            .Select(all => new { Count = all.Count(), Sum = all.Sum(r => r.Rating) })
            .SingleOrDefaultAsync(cancellationToken);
        return summary is null ? RatingSummary.None : RatingSummary.Of(summary.Count, summary.Sum);
    }

    public async Task<IReadOnlyDictionary<Guid, RatingSummary>> CaregiverSummariesAsync(IReadOnlyCollection<Guid> caregiverIds, CancellationToken cancellationToken) =>
        await db.RatingsByCaregiverAsync(caregiverIds, cancellationToken);

    public async Task<IReadOnlyList<Review>> ListVisibleAsync(Guid? caregiverId, Guid? listingId, int skip, int limit, CancellationToken cancellationToken) =>
        await Visible(caregiverId, listingId).AsNoTracking().OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip(skip).Take(limit).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Review>> ListLatestAsync(int skip, int limit, CancellationToken cancellationToken) =>
        await db.Reviews.AsNoTracking().OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip(skip).Take(limit).ToListAsync(cancellationToken);

    public Task<int> CountAllAsync(CancellationToken cancellationToken) => db.Reviews.CountAsync(cancellationToken);

    private IQueryable<Review> Visible(Guid? caregiverId, Guid? listingId) =>
        db.Reviews.Where(r => r.HiddenAt == null && (caregiverId == null || r.CaregiverId == caregiverId) && (listingId == null || r.ListingId == listingId));
}
