namespace Marketplace.Application.SharedKernel;

/// <summary>
/// Text a database can keep and a reader can see: no control characters but tab and line breaks (PostgreSQL
/// refuses NUL outright) and no half of a surrogate pair (not valid UTF-8).
/// </summary>
public static class StorableText
{
    public static bool IsStorable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return false;
            }
        }

        return true;
    }
}
