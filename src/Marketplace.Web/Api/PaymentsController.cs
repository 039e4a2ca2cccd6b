using Marketplace.Application.Accounts;
using Marketplace.Application.Payments;
using Marketplace.Application.Payments.Earnings;
using Marketplace.Application.Payments.Pay;
using Marketplace.Application.Payments.Receipt;
using Marketplace.Application.Payments.Revenue;
using Marketplace.Application.Payments.Receive;
using Marketplace.Application.Payments.Refund;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Marketplace.Web.OpenApi;

namespace Marketplace.Web.Api;

/// <summary>Paying for bookings, recording money received offline, and providers' earnings.</summary>
[ApiController]
[Tags(ApiTags.Payments)]
[Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
public sealed class PaymentsController(IMediator mediator) : ControllerBase
{
    /// <summary>
    /// The family pays for an accepted booking: <c>{method: "offline"|"card"}</c>; when omitted, card where a card
    /// processor is configured and offline otherwise. Offline (cash to the caregiver or a transfer to the enterprise)
    /// confirms the booking at once; by card, <c>checkoutUrl</c> is the page where the family authorises its card, and
    /// the booking is confirmed when the processor reports it. With <c>sponsorProgrammeId</c> (one of the booking's
    /// sponsor offers), the programme pays its share and the family the rest. 409 when the booking is not waiting for
    /// payment (not yet accepted, paid already, cancelled), card payments are not set up, or the programme cannot pay
    /// (the family is not eligible, the care or area is not covered, the budget is spent); 503 when the processor cannot be reached.
    /// </summary>
    [Authorize(Roles = AccountRoles.Family)]
    [HttpPost("api/v1/bookings/{id:guid}/payments")]
    [ProducesResponseType<PaymentView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<ActionResult<PaymentView>> Pay(Guid id, PayBody? body, CancellationToken cancellationToken)
    {
        var payment = await mediator.Send(new PayForBooking(id, body?.Method, body?.SponsorProgrammeId), cancellationToken);
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
    /// An admin refunds part or all of a captured card payment to the family's card: <c>{amountIdr}</c>, at most what
    /// was captured and not yet refunded (409 otherwise, or for an offline payment). Answers the payment with its
    /// <c>refundedIdr</c>; the refund comes out of the provider's earning and the commission.
    /// </summary>
    [Authorize(Roles = AccountRoles.Admin)]
    [HttpPost("api/v1/bookings/{id:guid}/payments/refunds")]
    [ProducesResponseType<PaymentView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<PaymentView> Refund(Guid id, RefundBody body, CancellationToken cancellationToken) =>
        await mediator.Send(new RefundCardPayment(id, body.AmountIdr), cancellationToken);

    /// <summary>
    /// The booking's receipt as it stands now, for the family, the provider or an admin: what is paid for (each visit, a
    /// late cancellation's charge), the sponsor's and the family's shares, what was received and refunded, what is still
    /// owed. 409 before the family has chosen how to pay.
    /// </summary>
    [HttpGet("api/v1/bookings/{id:guid}/receipt")]
    [ProducesResponseType<ReceiptView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ReceiptView> Receipt(Guid id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetReceipt(id), cancellationToken);

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

    /// <summary>
    /// The signed-in enterprise's revenue per listing from <c>from</c> to <c>to</c> (local days, inclusive; by default the
    /// twelve months to today, at most 24): what each listing earned after the commission, less refunds, and its bookings.
    /// </summary>
    [Authorize(Roles = AccountRoles.Enterprise)]
    [HttpGet("api/v1/enterprises/me/revenue")]
    [ProducesResponseType<ListingRevenueView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ListingRevenueView> Revenue(DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        await mediator.Send(new GetMyListingRevenue(from, to), cancellationToken);
}

public sealed record PayBody(PaymentMethod? Method = null, Guid? SponsorProgrammeId = null);

public sealed record ReceivedBody(long AmountIdr, long OutstandingIdr);

public sealed record RefundBody(long AmountIdr);
