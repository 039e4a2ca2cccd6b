using Marketplace.Application.Families.PreferredCaregivers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Families;

/// <summary>
/// For a signed-in family, beside a caregiver: for whom she is preferred (each with a button to unmark her) and a button to
/// mark her for the family's other people. With <c>recipientId</c> (a booking's page) only that person is shown.
/// </summary>
public sealed class PreferCaregiverViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caregiverId, string caregiverName, Guid? recipientId = null)
    {
        var preference = await mediator.Send(new GetCaregiverPreference(caregiverId), HttpContext.RequestAborted);
        var shown = recipientId is { } only ? [.. preference.People.Where(p => p.RecipientId == only)] : preference.People;
        var returnUrl = HttpContext.Request.Path + HttpContext.Request.QueryString;
        return View("~/Families/Views/Shared/_PreferCaregiver.cshtml", new PreferCaregiverBox(caregiverId, caregiverName, preference.Markable, shown, returnUrl));
    }
}

/// <summary>
/// What the box shows: the caregiver, whether she may be marked now, the family's people with whether she is preferred for
/// each, and where its buttons go back to.
/// </summary>
public sealed record PreferCaregiverBox(Guid CaregiverId, string CaregiverName, bool Markable, IReadOnlyList<RecipientPreference> People, string ReturnUrl);
