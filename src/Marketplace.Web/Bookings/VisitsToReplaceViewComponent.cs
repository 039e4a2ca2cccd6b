using Marketplace.Application.Bookings;
using Marketplace.Application.Bookings.Replacements;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Bookings;

/// <summary>On a home-care booking's page, for its family: the visits that need another caregiver, each with "Cari pengganti" or the request already sent.</summary>
public sealed class VisitsToReplaceViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(BookingView booking) =>
        View("~/Bookings/Views/Shared/_VisitsToReplace.cshtml", (booking, await mediator.Send(new ListVisitsToReplace(booking.Id), HttpContext.RequestAborted)));
}
