using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages;

internal static class ModelStateExtensions
{
    /// <summary>
    /// Shows a use case's validation failures beside the form fields they concern. Custom messages
    /// are written in English and translated here; FluentValidation's own are already in the UI language.
    /// </summary>
    public static void AddValidationErrors(
        this ModelStateDictionary modelState, ValidationException invalid, IStringLocalizer text, Func<string, string>? fieldOf = null)
    {
        foreach (var failure in invalid.Errors)
        {
            modelState.AddModelError(fieldOf?.Invoke(failure.PropertyName) ?? failure.PropertyName, text[failure.ErrorMessage]);
        }
    }
}
