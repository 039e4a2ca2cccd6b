using Marketplace.Application.Accounts;
using Marketplace.Application.SharedKernel;
using Marketplace.Application.Sponsors.Detail;
using Marketplace.Application.Sponsors.Eligibility;
using Marketplace.Application.Sponsors.List;
using Marketplace.Application.Sponsors.Statement;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Sponsors;

/// <summary>
/// The admin's pages of sponsor programmes: the list with each budget, a new programme, one programme (its budget drawn,
/// its terms to change, its eligible families) and its statement for a period, also as CSV.
/// </summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/sponsors")]
[AutoValidateAntiforgeryToken]
public sealed class SponsorProgrammesPageController(IMediator mediator, IStringLocalizer<SharedResource> text, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await mediator.Send(new ListSponsorProgrammes(), cancellationToken));

    [HttpGet("new")]
    public Task<IActionResult> New(CancellationToken cancellationToken) =>
        NewViewAsync(SponsorProgrammeForm.New(IndonesianTimeZones.LocalDate(clock.GetUtcNow(), IndonesianTimeZones.Wita)), cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create(SponsorProgrammeForm form, CancellationToken cancellationToken)
    {
        var (command, unreadable) = form.ToCreate();
        ModelState.AddUnreadable(unreadable, text);
        if (command is not null && await this.TrySendAsync(mediator, command, text, cancellationToken, ModelStateExtensions.LastSegment) is { } programme)
        {
            TempData["Notice"] = text["Sponsors.Created"].Value;
            return RedirectToAction(nameof(Show), new { id = programme.Id });
        }

        return await NewViewAsync(form, cancellationToken);
    }

    [HttpGet("{id:guid}")]
    public Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) => ShowAsync(id, null, new EligibilityForm(), cancellationToken);

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Change(Guid id, SponsorProgrammeForm form, CancellationToken cancellationToken)
    {
        var (command, unreadable) = form.ToChange(id);
        ModelState.AddUnreadable(unreadable, text);
        ViewData["Posted"] = "terms";
        return await SendOrShowAgainAsync(id, command, form, new EligibilityForm(), "Sponsors.Changed", cancellationToken);
    }

    [HttpPost("{id:guid}/eligible")]
    public Task<IActionResult> MarkEligible(Guid id, EligibilityForm form, CancellationToken cancellationToken)
    {
        ViewData["Posted"] = "eligible";
        return SendOrShowAgainAsync(
            id, new MarkFamilyEligible(id, form.Email ?? string.Empty, form.EvidenceReference ?? string.Empty), null, form, "Sponsors.EligibleRecorded", cancellationToken);
    }

    [HttpPost("{id:guid}/eligible/{familyId:guid}/withdraw")]
    public Task<IActionResult> Withdraw(Guid id, Guid familyId, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new WithdrawEligibility(id, familyId), cancellationToken),
            text["Sponsors.EligibleWithdrawn"].Value,
            () => RedirectToAction(nameof(Show), new { id }),
            () => ShowAsync(id, null, new EligibilityForm(), cancellationToken));

    /// <summary>
    /// The statement from <c>from</c> to <c>to</c> (by default this month); a period that cannot be used (too long, reversed,
    /// out of any sensible range) shows this month, and says so.
    /// </summary>
    [HttpGet("{id:guid}/statement")]
    public async Task<IActionResult> Statement(Guid id, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (first, last) = Period(from, to);
        ViewData["PeriodNotUsed"] = (from is not null || to is not null) && first is null;
        return View(await mediator.Send(new GetSponsorStatement(id, first, last), cancellationToken));
    }

    /// <summary>The statement as CSV, for the period the statement page shows (this month when the one asked for cannot be used).</summary>
    [HttpGet("{id:guid}/statement.csv")]
    public async Task<IActionResult> StatementCsv(Guid id, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (first, last) = Period(from, to);
        return SponsorStatementCsv.File(await mediator.Send(new GetSponsorStatement(id, first, last), cancellationToken));
    }

    private static (DateOnly? From, DateOnly? To) Period(DateOnly? from, DateOnly? to) =>
        from is { } first && to is { } last && PlausibleDates.IsPlausible(first) && PlausibleDates.IsPlausible(last) && last >= first
            && last.DayNumber - first.DayNumber < GetSponsorStatementValidator.MaxDays
            ? (first, last)
            : (null, null);

    private async Task<IActionResult> SendOrShowAgainAsync<T>(
        Guid id, ICommand<T>? command, SponsorProgrammeForm? terms, EligibilityForm eligibility, string notice, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            if (command is not null && await this.TrySendAsync(mediator, command, text, cancellationToken, ModelStateExtensions.LastSegment) is not null)
            {
                TempData["Notice"] = text[notice].Value;
                return RedirectToAction(nameof(Show), new { id });
            }
        }
        catch (Application.Common.Errors.BusinessRuleException rule)
        {
            ModelState.AddModelError(string.Empty, Localization.UiText.Explain(rule));
        }

        return await ShowAsync(id, terms, eligibility, cancellationToken);
    }

    private async Task<IActionResult> NewViewAsync(SponsorProgrammeForm form, CancellationToken cancellationToken)
    {
        ViewData["Areas"] = await mediator.AreasAsync(cancellationToken);
        return View(nameof(New), form);
    }

    private async Task<IActionResult> ShowAsync(Guid id, SponsorProgrammeForm? terms, EligibilityForm eligibility, CancellationToken cancellationToken)
    {
        var programme = await mediator.Send(new GetSponsorProgramme(id), cancellationToken);
        ViewData["Areas"] = await mediator.AreasAsync(cancellationToken);
        ViewData["Terms"] = terms ?? SponsorProgrammeForm.Of(programme.Programme);
        ViewData["Eligibility"] = eligibility;
        return View(nameof(Show), programme);
    }
}
