namespace Marketplace.Application.Reviews;

public interface IReviewRepository
{
    void Add(Review review);

    Task<Review?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Review?> FindByBookingAsync(Guid bookingId, CancellationToken cancellationToken);

    /// <summary>The visible reviews of a caregiver (or, with <paramref name="listingId"/>, a listing): their count and mean.</summary>
    Task<RatingSummary> SummaryAsync(Guid? caregiverId, Guid? listingId, CancellationToken cancellationToken);

    /// <summary>The latest visible reviews of a caregiver or a listing, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Review>> ListVisibleAsync(Guid? caregiverId, Guid? listingId, int limit, CancellationToken cancellationToken);

    /// <summary>The latest reviews of everyone, hidden ones too, newest first: what admins moderate.</summary>
    Task<IReadOnlyList<Review>> ListLatestAsync(int limit, CancellationToken cancellationToken);
}
