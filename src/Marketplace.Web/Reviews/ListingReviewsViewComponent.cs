using Marketplace.Application.Reviews.View;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Reviews;

/// <summary>On a listing's public page (whose model is its booking form): the count and mean of its visible reviews, and the latest of them.</summary>
public sealed class ListingReviewsViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid listingId, string name) =>
        View("~/Reviews/Views/Shared/_ReviewList.cshtml", (name, await mediator.Send(new GetListingReviews(listingId), HttpContext.RequestAborted)));
}
