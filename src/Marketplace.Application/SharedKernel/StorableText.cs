namespace Marketplace.Application.SharedKernel;

/// <summary>
/// Text a database can keep and a reader can see: no control characters but tab and line breaks (PostgreSQL
/// refuses NUL outright), no half of a surrogate pair (not valid UTF-8), no bidirectional embedding, override
/// or isolate (U+202A–U+202E, U+2066–U+2069: they reorder what is shown, so "Sitti" can display as another
/// name), and not only invisible characters (a name of zero-width spaces looks empty yet is not).
/// </summary>
public static class StorableText
{
    public static bool IsStorable(string text)
    {
        var visible = text.Length == 0;
        var invisible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                visible = true;
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || IsBidiControl(c))
            {
                return false;
            }
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                invisible = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible = true;
            }
        }

        // Blank text is for the field's own rule (required or not); invisible characters alone are refused here.
        return visible || !invisible;
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
