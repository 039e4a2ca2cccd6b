using Marketplace.Application.Accounts;
using Marketplace.Application.Admin.DeadLetters;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Admin;

/// <summary>The admin's page of failed side effects: what failed, why, and a button to send it again.</summary>
[Authorize(Roles = AccountRoles.Admin)]
[Route("admin/dead-letters")]
[AutoValidateAntiforgeryToken]
public sealed class DeadLettersPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(nameof(Index), await mediator.Send(new ListDeadLetters(page, ListPageSize), cancellationToken));

    private const int ListPageSize = 50;

    [HttpPost("{id:guid}/retry")]
    public Task<IActionResult> Retry(Guid id, CancellationToken cancellationToken) =>
        this.ActAsync(
            text,
            async () => await mediator.Send(new RetryDeadLetter(id), cancellationToken),
            text["DeadLetters.Retried"].Value,
            () => RedirectToAction(nameof(Index)),
            () => Index(cancellationToken: cancellationToken));
}
