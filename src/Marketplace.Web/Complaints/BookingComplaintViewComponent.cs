using Marketplace.Application.Complaints.View;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Complaints;

/// <summary>On a booking's page, for its family and admins: where its complaint stands, or the way to file one.</summary>
public sealed class BookingComplaintViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid bookingId) =>
        View("~/Complaints/Views/Shared/_BookingComplaint.cshtml", (bookingId, await mediator.Send(new GetBookingComplaint(bookingId), HttpContext.RequestAborted)));
}
