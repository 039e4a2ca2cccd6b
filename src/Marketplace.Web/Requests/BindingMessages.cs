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
        // These are told the value (or nothing), not the field: their messages name no field, and the error is
        // keyed by the field, so pages show it beside it and in the summary under its label.
        messages.SetValueMustNotBeNullAccessor(_ => UiText.Format(InputText.FillIn));
        messages.SetMissingKeyOrValueAccessor(() => UiText.Format(InputText.FillIn));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => UiText.Format(InputText.Unreadable));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => UiText.Format(InputText.Unreadable));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => UiText.Format(InputText.Unreadable));
        messages.SetMissingBindRequiredValueAccessor(Required);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => UiText.Format(InputText.BodyRequired));
    }

    private static string Invalid(string field) => UiText.Format(InputText.Invalid, UiText.FieldName(field));

    private static string Required(string field) => UiText.Format(InputText.Required, UiText.FieldName(field));
}
