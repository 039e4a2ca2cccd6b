using Marketplace.Application.Accounts;
using Marketplace.Application.Areas.NameAreas;
using Marketplace.Application.Caregivers.GetProfile;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Reviews.View;
using Marketplace.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Caregivers;

/// <summary>
/// A caregiver's public page, linked from every search result: photo, name, bio, skills, languages, areas served, rate,
/// the certificates a verifier has seen (never their numbers or scans), reviews, and a "Pesan" button that keeps the
/// visit searched for. Who may read it is the API's rule (<see cref="GetCaregiverProfile"/>): anyone for a verified
/// caregiver, only the caregiver and admins otherwise; everyone else is told, with a 404, that there is no such page.
/// The home point is never in it.
/// </summary>
[Route("caregivers")]
public sealed class CaregiverPageController(IMediator mediator) : Controller
{
    /// <summary>The page; <c>?date=2026-12-07&amp;time=09:00&amp;hours=3</c> (the searched visit) only travels on to the booking form.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, DateOnly? date, TimeOnly? time, int? hours, CancellationToken cancellationToken)
    {
        // A visit that cannot be read is dropped, as the booking form drops it: the page is still the caregiver's.
        foreach (var prefill in new[] { nameof(date), nameof(time), nameof(hours) })
        {
            ModelState.Remove(prefill);
        }

        try
        {
            var profile = await mediator.Send(new GetCaregiverProfile(id), cancellationToken);
            var areas = await mediator.Send(new NameAreas(profile.AreaCodes), cancellationToken);
            var canBook = profile.Verified && (User.Identity?.IsAuthenticated != true || User.IsInRole(AccountRoles.Family));
            var reviews = await mediator.Send(new GetCaregiverReviews(id), cancellationToken);
            return View(new CaregiverPage(profile, areas, SearchedVisit.Of(date, time, hours), canBook, reviews));
        }
        catch (NotFoundException missing) when (missing.Resource == "Caregiver")
        {
            // Not verified, or no such caregiver: the same answer, so nobody learns which, with a way back to search.
            var notFound = View("NotFound");
            notFound.StatusCode = StatusCodes.Status404NotFound;
            return notFound;
        }
    }
}
