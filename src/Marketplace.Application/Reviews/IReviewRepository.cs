namespace Marketplace.Application.Reviews;

public interface IReviewRepository
{
    void Add(Review review);

    Task<Review?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Review?> FindByBookingAsync(Guid bookingId, CancellationToken cancellationToken);

    /// <summary>The visible reviews of a caregiver (or, with <paramref name="listingId"/>, a listing): their count and mean.</summary>
    Task<RatingSummary> SummaryAsync(Guid? caregiverId, Guid? listingId, CancellationToken cancellationToken);

    /// <summary>The visible reviews of each of the caregivers, as <see cref="SummaryAsync"/>; a caregiver without any is left out.</summary>
    Task<IReadOnlyDictionary<Guid, RatingSummary>> CaregiverSummariesAsync(IReadOnlyCollection<Guid> caregiverIds, CancellationToken cancellationToken);

    /// <summary>The visible reviews of a caregiver or a listing, newest first: at most <paramref name="limit"/> after the first <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<Review>> ListVisibleAsync(Guid? caregiverId, Guid? listingId, int skip, int limit, CancellationToken cancellationToken);

    /// <summary>The reviews of everyone, hidden ones too, newest first (what admins moderate): at most <paramref name="limit"/> after the first <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<Review>> ListLatestAsync(int skip, int limit, CancellationToken cancellationToken);

    /// <summary>How many reviews there are, hidden ones too.</summary>
    Task<int> CountAllAsync(CancellationToken cancellationToken);
}
