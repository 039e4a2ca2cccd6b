using Marketplace.Application.Reviews.View;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Reviews;

/// <summary>On a booking's page: its review in brief, or the invitation to write one, linking to the review page.</summary>
public sealed class BookingReviewViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid bookingId) =>
        View("~/Reviews/Views/Shared/_BookingReview.cshtml", (bookingId, await mediator.Send(new GetBookingReview(bookingId), HttpContext.RequestAborted)));
}
