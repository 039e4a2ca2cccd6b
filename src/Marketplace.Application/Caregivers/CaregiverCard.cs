namespace Marketplace.Application.Caregivers;

/// <summary>
/// What a search result shows of a caregiver beyond the index's hit: whether they have a photo (served at
/// <c>/api/v1/caregivers/{id}/photo</c>) and the start of their bio, one short line.
/// </summary>
public sealed record CaregiverCard(Guid Id, bool HasPhoto, string BioLine)
{
    /// <summary>Long enough for a sentence, short enough for two or three lines of a phone's card.</summary>
    public const int BioLineMaxLength = 90;

    /// <summary>
    /// The bio's first line, whole when it fits in <see cref="BioLineMaxLength"/> characters, otherwise cut at the last
    /// space before it and ended with an ellipsis; empty for an empty bio.
    /// </summary>
    public static string LineOf(string bio)
    {
        var line = bio.Trim().Split('\n', 2)[0].Trim();
        if (line.Length <= BioLineMaxLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', BioLineMaxLength - 1);
        return string.Concat(line.AsSpan(0, cut > 0 ? cut : BioLineMaxLength - 1).TrimEnd(" ,.;:"), "…");
    }
}
