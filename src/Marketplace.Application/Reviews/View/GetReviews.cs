using Marketplace.Application.Common.Paging;
using Mediator;

namespace Marketplace.Application.Reviews.View;

/// <summary>What families said of a caregiver, for anyone: the count and mean of the visible reviews, and a page of them, newest first.</summary>
public sealed record GetCaregiverReviews(Guid CaregiverId, int Page = 1, int PageSize = PageRequests.DefaultPageSize) : IQuery<ReviewList>, IPageRequest;

/// <summary>What families said of a daycare or clinic, for anyone, as <see cref="GetCaregiverReviews"/>.</summary>
public sealed record GetListingReviews(Guid ListingId, int Page = 1, int PageSize = PageRequests.DefaultPageSize) : IQuery<ReviewList>, IPageRequest;

public sealed class GetCaregiverReviewsValidator : FluentValidation.AbstractValidator<GetCaregiverReviews>
{
    public GetCaregiverReviewsValidator() => Include(new PageRequestValidator());
}

public sealed class GetListingReviewsValidator : FluentValidation.AbstractValidator<GetListingReviews>
{
    public GetListingReviewsValidator() => Include(new PageRequestValidator());
}

public sealed class GetReviewsHandler(IReviewRepository reviews) : IQueryHandler<GetCaregiverReviews, ReviewList>, IQueryHandler<GetListingReviews, ReviewList>
{
    public ValueTask<ReviewList> Handle(GetCaregiverReviews query, CancellationToken cancellationToken) =>
        ListAsync(query.CaregiverId, null, query, cancellationToken);

    public ValueTask<ReviewList> Handle(GetListingReviews query, CancellationToken cancellationToken) =>
        ListAsync(null, query.ListingId, query, cancellationToken);

    private async ValueTask<ReviewList> ListAsync(Guid? caregiverId, Guid? listingId, IPageRequest page, CancellationToken cancellationToken)
    {
        var summary = await reviews.SummaryAsync(caregiverId, listingId, cancellationToken);
        var listed = await reviews.ListVisibleAsync(caregiverId, listingId, page.Skip(), page.PageSize, cancellationToken);
        return new ReviewList(summary.Count, summary.Mean, [.. listed.Select(ReviewView.Of)], summary.Count, page.Page, page.PageSize);
    }
}
