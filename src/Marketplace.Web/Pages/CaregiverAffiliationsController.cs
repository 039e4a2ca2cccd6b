using Marketplace.Application.Accounts;
using Marketplace.Application.Affiliations;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>Invitations from enterprises, and the one the caregiver works with.</summary>
[Authorize(Roles = AccountRoles.Caregiver)]
[Route("caregiver/affiliations")]
[AutoValidateAntiforgeryToken]
public sealed class CaregiverAffiliationsController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(nameof(Index), await mediator.Send(new ListMyAffiliations(), cancellationToken));

    [HttpPost("{id:guid}/{answer:regex(^(accept|decline|end)$)}")]
    public async Task<IActionResult> Answer(Guid id, string answer, CancellationToken cancellationToken)
    {
        return await this.ActAsync(
            text,
            async () => await mediator.Send(ToCommand(id, answer), cancellationToken),
            text[$"Affiliations.Done.{answer}"].Value,
            () => RedirectToAction(nameof(Index)),
            () => Index(cancellationToken));
    }

    private static ICommand<AffiliationStatus> ToCommand(Guid id, string answer) => answer switch
    {
        "accept" => new AcceptAffiliation(id),
        "decline" => new DeclineAffiliation(id),
        _ => new EndAffiliation(id),
    };
}
