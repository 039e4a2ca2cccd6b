using Marketplace.Application.Accounts;
using Marketplace.Application.Payouts;
using Marketplace.Application.Payouts.Account;
using Marketplace.Application.Payouts.Cancel;
using Marketplace.Application.Payouts.Detail;
using Marketplace.Application.Payouts.List;
using Marketplace.Application.Payouts.MarkPaid;
using Marketplace.Application.Payouts.Run;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;
using Marketplace.Application.Common.Paging;

namespace Marketplace.Web.Payouts;

/// <summary>
/// Paying providers what the ledger says they are owed: each provider's payout account, and the admins' payout batches
/// (run, downloaded as a bank's bulk-transfer CSV, marked paid or cancelled).
/// </summary>
[ApiController]
[Tags(ApiTags.Payments)]
[Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
public sealed class PayoutsController(IMediator mediator) : ControllerBase
{
    private const string Batches = "api/v1/admin/payout-batches";

    /// <summary>The signed-in caregiver's or enterprise's payout account; 404 before one is saved.</summary>
    [Authorize(Roles = $"{AccountRoles.Caregiver},{AccountRoles.Enterprise}")]
    [HttpGet("api/v1/me/payout-account")]
    [ProducesResponseType<PayoutAccountView>(StatusCodes.Status200OK)]
    public async Task<PayoutAccountView> Account(CancellationToken cancellationToken) =>
        await mediator.Send(new GetMyPayoutAccount(), cancellationToken) ?? throw new Application.Common.Errors.NotFoundException("PayoutAccount", "me");

    /// <summary>
    /// Saves the bank account the signed-in provider is paid into: <c>{bankName, accountNumber, accountHolder,
    /// connectedAccountId?}</c>; the number's spaces, dashes and dots are dropped (5 to 20 digits). With Stripe Connect
    /// on, <c>connectedAccountId</c> (<c>acct_…</c>) is the provider's own Stripe account that card charges go to.
    /// </summary>
    [Authorize(Roles = $"{AccountRoles.Caregiver},{AccountRoles.Enterprise}")]
    [HttpPut("api/v1/me/payout-account")]
    [ProducesResponseType<PayoutAccountView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<PayoutAccountView> SetAccount(PayoutAccountBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new SetMyPayoutAccount(body.BankName, body.AccountNumber, body.AccountHolder, body.ConnectedAccountId), cancellationToken);

    /// <summary>The payout batches, the newest first, a page at a time: <c>page</c> (from 1) and <c>pageSize</c> (1 to 100, 20 by default).</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet(Batches)]
    [ProducesResponseType<Paged<PayoutBatchView>>(StatusCodes.Status200OK)]
    public async Task<Paged<PayoutBatchView>> List(int page = 1, int pageSize = PageRequests.DefaultPageSize, CancellationToken cancellationToken = default) =>
        await mediator.Send(new ListPayoutBatches(page, pageSize), cancellationToken);

    /// <summary>
    /// Runs a batch: a line per provider the platform owes, with a payout account, for what it is owed now. 409 while
    /// another batch is open, or when nobody can be paid.
    /// </summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost(Batches)]
    [ProducesResponseType<PayoutBatchView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<PayoutBatchView>> Run(CancellationToken cancellationToken)
    {
        var batch = await mediator.Send(new RunPayoutBatch(), cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = batch.Id }, batch);
    }

    /// <summary>One batch with its lines.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet(Batches + "/{id:guid}")]
    [ProducesResponseType<PayoutBatchView>(StatusCodes.Status200OK)]
    public async Task<PayoutBatchView> Get(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetPayoutBatch(id), cancellationToken);

    /// <summary>The batch as a bank's bulk-transfer file (CSV, UTF-8, a header row, one row per provider).</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpGet(Batches + "/{id:guid}/transfers.csv")]
    [Produces("text/csv")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    public async Task<FileContentResult> Transfers(Guid id, CancellationToken cancellationToken) =>
        PayoutTransfersCsv.File(await mediator.Send(new GetPayoutBatch(id), cancellationToken));

    /// <summary>The bank made the transfers: each line is posted to the ledger. 409 when the batch is paid or cancelled already.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost(Batches + "/{id:guid}/paid")]
    [ProducesResponseType<PayoutBatchView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<PayoutBatchView> MarkPaid(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new MarkPayoutBatchPaid(id), cancellationToken);

    /// <summary>The batch will not be sent: nothing is posted and another may be run. 409 when it is paid or cancelled already.</summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost(Batches + "/{id:guid}/cancel")]
    [ProducesResponseType<PayoutBatchView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<PayoutBatchView> Cancel(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new CancelPayoutBatch(id), cancellationToken);
}

public sealed record PayoutAccountBody(string BankName, string AccountNumber, string AccountHolder, string? ConnectedAccountId = null);
