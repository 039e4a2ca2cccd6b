using Marketplace.Application.Accounts;
using Marketplace.Application.Payments;
using Marketplace.Application.Payments.Earnings;
using Marketplace.Application.Payments.Pay;
using Marketplace.Application.Payments.Receive;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Api;

/// <summary>Paying for bookings, recording money received offline, and providers' earnings.</summary>
[ApiController]
[Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
public sealed class PaymentsController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// The family pays for an accepted booking, which confirms it: <c>{method: "offline"|"card"}</c>, offline when
    /// omitted (cash to the caregiver or a transfer to the enterprise). 409 when the booking is not waiting for
    /// payment (not yet accepted, paid already, cancelled) or card payments are not set up.
    /// </summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpPost("api/v1/bookings/{id:guid}/payments")]
    [ProducesResponseType<PaymentView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<PaymentView>> Pay(Guid id, PayBody? body, CancellationToken cancellationToken)
    {
        var payment = await mediator.Send(new PayForBooking(id, body?.Method), cancellationToken);
        return CreatedAtAction(nameof(BookingsController.Get), "Bookings", new { id }, payment);
    }

    /// <summary>
    /// The provider (or an admin) records money received from the family: <c>{amountIdr, outstandingIdr}</c>, where
    /// <c>outstandingIdr</c> is the <c>payment.outstandingIdr</c> the caller last read. 409 when that has changed
    /// meanwhile (nothing is recorded twice) or the amount is more than is owed.
    /// </summary>
    [Authorize(Roles = $"{AccountRoles.Caregiver},{AccountRoles.Enterprise},{AccountRoles.Admin}")]
    [HttpPost("api/v1/bookings/{id:guid}/payments/received")]
    [ProducesResponseType<PaymentView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<PaymentView> RecordReceived(Guid id, ReceivedBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new RecordPaymentReceived(id, body.AmountIdr, body.OutstandingIdr), cancellationToken);

    /// <summary>
    /// The signed-in caregiver's earnings by month from <c>from</c> to <c>to</c> (local dates, inclusive; by default the
    /// twelve months to today, at most 24), with what the platform owes them and the commission they owe on cash collected.
    /// </summary>
    [Authorize(Roles = AccountRoles.Caregiver)]
    [HttpGet("api/v1/caregivers/me/earnings")]
    [ProducesResponseType<EarningsView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<EarningsView> Earnings(DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        await mediator.Send(new GetMyEarnings(from, to), cancellationToken);
}

public sealed record PayBody(PaymentMethod? Method = null);

public sealed record ReceivedBody(long AmountIdr, long OutstandingIdr);
