using FluentValidation;
using Marketplace.Application.Common.Errors;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

internal static class PageActions
{
    /// <summary>
    /// Sends a page form's command. Its validation failures are shown beside the form's fields (named by
    /// <paramref name="fieldOf"/>) and null is returned, so the page can show the form again as it was typed.
    /// </summary>
    public static async Task<T?> TrySendAsync<T>(
        this Controller page, IMediator mediator, ICommand<T> command, IStringLocalizer text, CancellationToken cancellationToken,
        Func<string, string>? fieldOf = null)
        where T : class
    {
        try
        {
            return await mediator.Send(command, cancellationToken);
        }
        catch (ValidationException invalid)
        {
            page.ModelState.AddValidationErrors(invalid, text, fieldOf);
            return null;
        }
    }

    /// <summary>
    /// Runs a page's button action (verify, publish, accept...). A refusal becomes the page's problem
    /// message, in the page's language, and the page is shown again; nothing else is thrown at the person.
    /// </summary>
    public static async Task<bool> TryAsync(this Controller page, IStringLocalizer text, Func<Task> action, string? notice = null)
    {
        try
        {
            await action();
            if (notice is not null)
            {
                page.TempData["Notice"] = notice;
            }

            return true;
        }
        catch (ValidationException invalid)
        {
            page.TempData["Problem"] = string.Join(" ", invalid.Errors.Select(e => text[e.ErrorMessage].Value).Distinct());
        }
        catch (BusinessRuleException rule)
        {
            page.TempData["Problem"] = text[rule.Message].Value;
        }

        return false;
    }
}
