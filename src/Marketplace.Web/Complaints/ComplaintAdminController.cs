using Marketplace.Application.Accounts;
using Marketplace.Application.Complaints;
using Marketplace.Application.Complaints.Reinstate;
using Marketplace.Application.Complaints.Resolve;
using Marketplace.Application.Complaints.View;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Complaints;

/// <summary>
/// Admins' complaint pages: the queue (unresolved first, safety first), and one complaint's page where it is taken
/// up, resolved (perhaps suspending the provider) and where a suspension is lifted.
/// </summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/complaints")]
[AutoValidateAntiforgeryToken]
public sealed class ComplaintAdminController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ComplaintStatus? status, int page = 1, CancellationToken cancellationToken = default)
    {
        ViewData["Status"] = status;
        return View(await mediator.Send(new ListComplaints(status, page, ListPageSize), cancellationToken));
    }

    private const int ListPageSize = 50;

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        View(new ComplaintCasePage(await mediator.Send(new GetComplaint(id), cancellationToken), new ResolutionForm()));

    [HttpPost("{id:guid}/investigate")]
    public Task<IActionResult> Investigate(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async () => await mediator.Send(new InvestigateComplaint(id), cancellationToken), "Complaint.Investigating", new ResolutionForm(), cancellationToken);

    [HttpPost("{id:guid}/resolve")]
    public Task<IActionResult> Resolve(Guid id, ResolutionForm form, CancellationToken cancellationToken) =>
        ActAsync(
            id,
            async () => await mediator.Send(new ResolveComplaint(id, form.Outcome, form.Resolution, form.SuspendProvider, form.SuspensionReason), cancellationToken),
            "Complaint.ResolvedNotice",
            form,
            cancellationToken);

    [HttpPost("{id:guid}/reinstate")]
    public async Task<IActionResult> Reinstate(Guid id, CancellationToken cancellationToken)
    {
        var complaint = (await mediator.Send(new GetComplaint(id), cancellationToken)).Complaint;
        return await ActAsync(
            id,
            async () =>
            {
                if (complaint.CaregiverId is { } caregiverId)
                {
                    await mediator.Send(new ReinstateCaregiver(caregiverId), cancellationToken);
                }
                else
                {
                    await mediator.Send(new ReinstateListing(complaint.ListingId!.Value), cancellationToken);
                }
            },
            "Complaint.Reinstated",
            new ResolutionForm(),
            cancellationToken);
    }

    private Task<IActionResult> ActAsync(Guid id, Func<Task> action, string notice, ResolutionForm form, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            action,
            text[notice].Value,
            () => LocalRedirect($"/admin/complaints/{id}"),
            async () => View("Show", new ComplaintCasePage(await mediator.Send(new GetComplaint(id), cancellationToken), form)));
}
