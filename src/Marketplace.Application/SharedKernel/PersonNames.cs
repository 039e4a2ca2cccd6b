namespace Marketplace.Application.SharedKernel;

/// <summary>Names as they are shown where only a first name is needed (a list a caregiver reads at a glance).</summary>
public static class PersonNames
{
    // Titles written before a name ("Hj. Sitti", "Ibu Rahma") that are no one's first name.
    private static readonly HashSet<string> Titles = new(["bapak", "ibu", "pak", "bu", "nenek", "kakek", "oma", "opa"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The first word of <paramref name="fullName"/> that is not a title or abbreviation ("Hj. Sitti Aminah" is "Sitti"); the whole name when every word is one.</summary>
    public static string FirstOf(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.FirstOrDefault(word => !word.EndsWith('.') && !Titles.Contains(word)) ?? fullName.Trim();
    }
}
