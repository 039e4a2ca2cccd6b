using FluentValidation.Internal;

namespace Marketplace.Web.Localization;

/// <summary>
/// Translates a validation message's template before its placeholders are filled, so that
/// "'{PropertyValue}' is not a known skill." finds its translation whatever the value was. FluentValidation's
/// own messages arrive already in the UI language and pass through unchanged.
/// </summary>
internal sealed class TranslatingMessageFormatter : MessageFormatter
{
    public override string BuildMessage(string messageTemplate) => base.BuildMessage(UiText.Translate(messageTemplate));
}
