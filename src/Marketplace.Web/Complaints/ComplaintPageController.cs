using Marketplace.Application.Complaints.File;
using Marketplace.Application.Complaints.View;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Complaints;

/// <summary>
/// A booking's complaint page, for its family and admins (403 for its provider, 404 for anyone else): the family
/// files the complaint here and follows it. A refused form shows this page again with the reason.
/// </summary>
[Authorize]
[Route("bookings/{id:guid}/complaint")]
[AutoValidateAntiforgeryToken]
public sealed class ComplaintPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        View(await PageAsync(id, new ComplaintForm(), cancellationToken));

    [HttpPost("")]
    public Task<IActionResult> File(Guid id, ComplaintForm form, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new FileComplaint(id, form.Category, form.Description), cancellationToken),
            text["Complaint.Filed"].Value,
            () => LocalRedirect($"/bookings/{id}/complaint"),
            async () => View("Show", await PageAsync(id, form, cancellationToken)));

    private async Task<ComplaintPage> PageAsync(Guid id, ComplaintForm form, CancellationToken cancellationToken) =>
        new(id, await mediator.Send(new GetBookingComplaint(id), cancellationToken), form);
}
