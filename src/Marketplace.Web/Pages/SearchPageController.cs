using FluentValidation;
using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Caregivers.Cards;
using Marketplace.Application.Families.Recipients;
using Marketplace.Application.Search;
using Marketplace.Application.Search.Services;
using Marketplace.Web.Composition;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

/// <summary>
/// Families find caregivers near them. A plain GET form: it works without JavaScript, and the address
/// of a results page is the search itself, ready to share.
/// </summary>
[Route("search")]
[EnableRateLimiting(RateLimitSetup.Search)]
public sealed class SearchPageController(IMediator mediator, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(SearchForm form, CancellationToken cancellationToken)
    {
        ViewData["Places"] = await PlacesAsync(cancellationToken);
        var searched = Request.Query.ContainsKey(nameof(SearchForm.Place));
        if (!searched)
        {
            return View(form);
        }

        ModelState.MoveToForm(nameof(SearchForm.Page));
        var (query, unreadable) = form.ToQuery();
        ModelState.AddUnreadable(unreadable, text);

        try
        {
            // A filter that could not be read (radius "abc") is never searched with its default instead.
            if (query is not null && ModelState.IsValid)
            {
                var result = await mediator.Send(new SearchCaregivers(query), cancellationToken);
                ViewData["Result"] = result;
                ViewData["Cards"] = await mediator.Send(new ListCaregiverCards([.. result.Items.Select(hit => hit.Id)]), cancellationToken);
            }
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, text, SearchForm.FieldOf);
        }

        return View(form);
    }

    /// <summary>Daycares and mobile-clinic stops near a place, each linking to its page of free places.</summary>
    [HttpGet("services")]
    public async Task<IActionResult> Services(ServiceSearchForm form, CancellationToken cancellationToken)
    {
        ViewData["Places"] = await PlacesAsync(cancellationToken);
        if (!Request.Query.ContainsKey(nameof(ServiceSearchForm.Place)))
        {
            return View(form);
        }

        if (form.ToQuery() is not { } query)
        {
            ModelState.AddModelError(nameof(ServiceSearchForm.Place), text["Search.ChoosePlace"]);
            return View(form);
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        try
        {
            ViewData["Result"] = await mediator.Send(new SearchServices(query), cancellationToken);
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, text, ServiceSearchForm.FieldOf);
        }

        return View(form);
    }

    /// <summary>A family searches from the homes of the people they care for first; everyone from the towns.</summary>
    private async Task<IReadOnlyList<SearchPlace>> PlacesAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(AccountRoles.Family))
        {
            return SearchPlaces.Towns;
        }

        var recipients = await mediator.Send(new ListMyRecipients(), cancellationToken);
        return [.. recipients.Select(r => new SearchPlace(text["Search.HomeOf", r.Name].Value, r.Address.Lat, r.Address.Lon)), .. SearchPlaces.Towns];
    }
}
