using Marketplace.Application.Reviews.View;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Reviews;

/// <summary>On a caregiver's or a listing's public page: the count and mean of its visible reviews, and the latest of them.</summary>
public sealed class ReviewListViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid? caregiverId, Guid? listingId, string name)
    {
        var reviews = caregiverId is { } caregiver
            ? await mediator.Send(new GetCaregiverReviews(caregiver), HttpContext.RequestAborted)
            : await mediator.Send(new GetListingReviews(listingId!.Value), HttpContext.RequestAborted);
        return View("~/Reviews/Views/Shared/_ReviewList.cshtml", (name, reviews));
    }
}
