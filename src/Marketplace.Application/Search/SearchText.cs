namespace Marketplace.Application.Search;

/// <summary>
/// The free text families type: words, and phrases in double quotes. Query-language syntax is refused
/// up front, so that no engine ever sees a query it cannot parse.
/// </summary>
public static class SearchText
{
    private const string Allowed = " -'.,\"";

    public static bool IsWellFormed(string? text) =>
        text is null || (text.All(c => char.IsLetterOrDigit(c) || Allowed.Contains(c, StringComparison.Ordinal))
            && text.Count(c => c == '"') % 2 == 0);

    /// <summary>The words outside quotes, and the quoted phrases, as typed.</summary>
    public static (IReadOnlyList<string> Words, IReadOnlyList<string> Phrases) Split(string? text)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        var parts = (text ?? string.Empty).Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                phrases.Add(parts[i]);
            }
            else
            {
                words.AddRange(parts[i].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return (words, phrases.Where(p => !string.IsNullOrWhiteSpace(p)).ToList());
    }
}
