using Marketplace.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Marketplace.Web.Requests;

/// <summary>What model binding says about a value it cannot read (a query string, a form field), in the reader's language.</summary>
internal static class BindingMessages
{
    public static void Localize(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => Invalid(field));
        messages.SetValueIsInvalidAccessor(Invalid);
        messages.SetUnknownValueIsInvalidAccessor(Invalid);
        messages.SetValueMustBeANumberAccessor(field => UiText.Format(InputText.Number, UiText.FieldName(field)));
        messages.SetValueMustNotBeNullAccessor(Required);
        messages.SetMissingBindRequiredValueAccessor(Required);
        messages.SetMissingKeyOrValueAccessor(() => UiText.Format(InputText.Required, string.Empty));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => UiText.Format(InputText.BodyRequired));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Invalid(string.Empty));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Invalid(string.Empty));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => UiText.Format(InputText.Number, string.Empty));
    }

    private static string Invalid(string field) => UiText.Format(InputText.Invalid, UiText.FieldName(field));

    private static string Required(string field) => UiText.Format(InputText.Required, UiText.FieldName(field));
}
