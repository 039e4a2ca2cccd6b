using FluentValidation;
using Marketplace.Application.Common.Errors;
using Marketplace.Web.Localization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

internal static class PageActions
{
    /// <summary>
    /// Sends a page form's command. Its validation failures are shown beside the form's fields (named by
    /// <paramref name="fieldOf"/>) and null is returned, so the page can show the form again as it was typed.
    /// A form with a field that could not even be read (model binding failed) is not sent at all: its
    /// command would carry a default in place of what the person typed. An id the form sent that names
    /// nothing (<c>RecipientId</c> for a "Recipient" not found) is said beside that field.
    /// </summary>
    public static async Task<T?> TrySendAsync<T>(
        this Controller page, IMediator mediator, ICommand<T> command, IStringLocalizer text, CancellationToken cancellationToken,
        Func<string, string>? fieldOf = null)
        where T : class
    {
        if (!page.ModelState.IsValid)
        {
            return null;
        }

        try
        {
            return await mediator.Send(command, cancellationToken);
        }
        catch (ValidationException invalid)
        {
            page.ModelState.AddValidationErrors(invalid, text, fieldOf);
            return null;
        }
        catch (NotFoundException missing) when (page.ModelState.ContainsKey(missing.Resource + "Id"))
        {
            // An id the form itself sent (a person, a slot chosen from a list that has since changed) is a field
            // to choose again, not a missing page.
            page.ModelState.AddModelError(missing.Resource + "Id", UiText.Format("NotFound." + missing.Resource));
            return null;
        }
    }

    /// <summary>
    /// Runs a page's button action (verify, publish, accept...). Done, it goes to <paramref name="next"/> with
    /// the notice. Refused, or with a field that could not be read, the page is shown again by
    /// <paramref name="showAgain"/> with the reason in the page's language, answering 400 (a field) or 409
    /// (a rule); nothing else is thrown at the person.
    /// </summary>
    public static async Task<IActionResult> ActAsync(
        this Controller page, IStringLocalizer text, Func<Task> action, string? notice, Func<IActionResult> next, Func<Task<IActionResult>> showAgain)
    {
        int status;
        if (!page.ModelState.IsValid)
        {
            page.TempData["Problem"] = string.Join(" ", page.ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
            status = StatusCodes.Status400BadRequest;
        }
        else
        {
            try
            {
                await action();
                if (notice is not null)
                {
                    page.TempData["Notice"] = notice;
                }

                return next();
            }
            catch (ValidationException invalid)
            {
                page.TempData["Problem"] = string.Join(" ", invalid.Errors.Select(e => text[e.ErrorMessage].Value).Distinct());
                status = StatusCodes.Status400BadRequest;
            }
            catch (BusinessRuleException rule)
            {
                page.TempData["Problem"] = UiText.Explain(rule);
                status = StatusCodes.Status409Conflict;
            }
        }

        var shown = await showAgain();
        if (shown is ViewResult view)
        {
            view.StatusCode = status;
        }

        return shown;
    }
}
