using Marketplace.Application.Accounts;
using Marketplace.Application.Payments.Earnings;
using Marketplace.Application.Payouts.Account;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>
/// A provider's earnings: twelve months to <c>?until=yyyy-MM</c> (by default this month) drawn as a chart and listed as a
/// table, with what the platform owes them, the commission they owe on cash they collected, what was paid out, and the
/// bank account payouts go to.
/// </summary>
[Authorize(Roles = AccountRoles.Caregiver + "," + AccountRoles.Enterprise)]
[Route("earnings")]
[AutoValidateAntiforgeryToken]
public sealed class EarningsPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? until, CancellationToken cancellationToken) =>
        await ShowAsync(until, form: null, cancellationToken);

    /// <summary>Saves the bank account payouts go to; shown again with its errors when a field is wrong.</summary>
    [HttpPost("payout-account")]
    public async Task<IActionResult> PayoutAccount(PayoutAccountForm form, CancellationToken cancellationToken)
    {
        var command = new SetMyPayoutAccount(form.BankName ?? string.Empty, form.AccountNumber ?? string.Empty, form.AccountHolder ?? string.Empty, form.ConnectedAccountId);
        if (await this.TrySendAsync(mediator, command, text, cancellationToken) is not null)
        {
            TempData["Notice"] = text["Earnings.PayoutAccountSaved"].Value;
            return RedirectToAction(nameof(Index));
        }

        return await ShowAsync(until: null, form, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string? until, PayoutAccountForm? form, CancellationToken cancellationToken)
    {
        var (from, to) = FormDates.TwelveMonthsTo(until);
        ViewData["PayoutAccount"] = form ?? PayoutAccountForm.Of(await mediator.Send(new GetMyPayoutAccount(), cancellationToken));
        return View(nameof(Index), await mediator.Send(new GetMyEarnings(from, to), cancellationToken));
    }
}
