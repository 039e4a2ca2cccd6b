using Marketplace.Application.Accounts;
using Marketplace.Application.Payouts.Cancel;
using Marketplace.Application.Payouts.Detail;
using Marketplace.Application.Payouts.List;
using Marketplace.Application.Payouts.MarkPaid;
using Marketplace.Application.Payouts.Run;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Payouts;

/// <summary>
/// The admin's payout pages: the batches with a button to run one, and a batch with its transfers, its CSV for the bank,
/// and the buttons that mark it paid or cancel it.
/// </summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/payouts")]
[AutoValidateAntiforgeryToken]
public sealed class PayoutsPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(nameof(Index), await mediator.Send(new ListPayoutBatches(page, ListPageSize), cancellationToken));

    private const int ListPageSize = 50;

    [HttpPost("run")]
    public Task<IActionResult> Run(CancellationToken cancellationToken)
    {
        Guid? id = null;
        return this.ActAsync(
            text,
            async () => id = (await mediator.Send(new RunPayoutBatch(), cancellationToken)).Id,
            text["Payouts.Ran"].Value,
            () => RedirectToAction(nameof(Show), new { id }),
            () => Index(cancellationToken: cancellationToken));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        View(nameof(Show), await mediator.Send(new GetPayoutBatch(id), cancellationToken));

    [HttpGet("{id:guid}/transfers.csv")]
    public async Task<IActionResult> Transfers(Guid id, CancellationToken cancellationToken) =>
        PayoutTransfersCsv.File(await mediator.Send(new GetPayoutBatch(id), cancellationToken));

    [HttpPost("{id:guid}/paid")]
    public Task<IActionResult> MarkPaid(Guid id, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new MarkPayoutBatchPaid(id), cancellationToken),
            text["Payouts.MarkedPaid"].Value,
            () => RedirectToAction(nameof(Show), new { id }),
            () => Show(id, cancellationToken));

    [HttpPost("{id:guid}/cancel")]
    public Task<IActionResult> Cancel(Guid id, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new CancelPayoutBatch(id), cancellationToken),
            text["Payouts.Cancelled"].Value,
            () => RedirectToAction(nameof(Show), new { id }),
            () => Show(id, cancellationToken));
}
