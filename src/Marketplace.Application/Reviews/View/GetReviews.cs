using Mediator;

namespace Marketplace.Application.Reviews.View;

/// <summary>What families said of a caregiver, for anyone: the count and mean of the visible reviews, and the latest <see cref="Limit"/>.</summary>
public sealed record GetCaregiverReviews(Guid CaregiverId) : IQuery<ReviewList>
{
    public const int Limit = 20;
}

/// <summary>What families said of a daycare or clinic, for anyone, as <see cref="GetCaregiverReviews"/>.</summary>
public sealed record GetListingReviews(Guid ListingId) : IQuery<ReviewList>;

public sealed class GetReviewsHandler(IReviewRepository reviews) : IQueryHandler<GetCaregiverReviews, ReviewList>, IQueryHandler<GetListingReviews, ReviewList>
{
    public ValueTask<ReviewList> Handle(GetCaregiverReviews query, CancellationToken cancellationToken) =>
        ListAsync(query.CaregiverId, null, cancellationToken);

    public ValueTask<ReviewList> Handle(GetListingReviews query, CancellationToken cancellationToken) =>
        ListAsync(null, query.ListingId, cancellationToken);

    private async ValueTask<ReviewList> ListAsync(Guid? caregiverId, Guid? listingId, CancellationToken cancellationToken)
    {
        var summary = await reviews.SummaryAsync(caregiverId, listingId, cancellationToken);
        var latest = await reviews.ListVisibleAsync(caregiverId, listingId, GetCaregiverReviews.Limit, cancellationToken);
        return new ReviewList(summary.Count, summary.Mean, [.. latest.Select(ReviewView.Of)]);
    }
}
