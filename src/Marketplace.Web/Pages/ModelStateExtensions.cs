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

    /// <summary>
    /// Makes the errors of a value that no field holds (a page number carried in links, a button's hidden value)
    /// the form's own, named by the value's label, so the error summary says them without linking to a field
    /// that is not there.
    /// </summary>
    public static void MoveToForm(this ModelStateDictionary modelState, string key)
    {
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            foreach (var error in entry.Errors.ToList())
            {
                modelState.AddModelError(string.Empty, $"{ErrorSummaryTagHelper.LabelOf(key)}: {error.ErrorMessage}");
            }

            modelState.Remove(key);
        }
    }

    /// <summary>Tells, beside each field, why the number typed there could not be read (see <see cref="FormNumbers"/>).</summary>
    public static void AddUnreadable(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string> unreadable, IStringLocalizer text)
    {
        foreach (var (field, key) in unreadable)
        {
            modelState.AddModelError(field, text[key]);
        }
    }

    /// <summary>
    /// The form field a command property's error belongs to, for forms whose fields are named after the
    /// last part of the property: <c>Daycare.Point.Lat</c> to Lat, <c>MobileClinic.Services[0]</c> to Services.
    /// </summary>
    public static string LastSegment(string propertyName)
    {
        var last = propertyName.Split('.')[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? last : last[..bracket];
    }
}
