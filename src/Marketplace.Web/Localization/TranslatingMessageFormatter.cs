using FluentValidation.Internal;

namespace Marketplace.Web.Localization;

/// <summary>
/// Translates a validation message's template before its placeholders are filled, so that
/// "'{PropertyValue}' is not a known skill." finds its translation whatever the value was. FluentValidation's
/// own messages arrive already in the UI language and pass through unchanged. A long value is quoted by its
/// beginning only: the sender has it already, and a 5,000-character skill name helps no one read the answer.
/// </summary>
internal sealed class TranslatingMessageFormatter : MessageFormatter
{
    /// <summary>How many characters of a refused value a message quotes.</summary>
    public const int QuotedLength = 40;

    public override string BuildMessage(string messageTemplate)
    {
        if (PlaceholderValues.TryGetValue(PropertyValue, out var value) && value is string { Length: > QuotedLength } text)
        {
            PlaceholderValues[PropertyValue] = string.Concat(text.AsSpan(0, QuotedLength), "…");
        }

        return base.BuildMessage(UiText.Translate(messageTemplate));
    }
}
