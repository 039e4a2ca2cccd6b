namespace Marketplace.Application.Families;

/// <summary>
/// The family's explicit consent to process a recipient's health and disability data (UU 27/2022,
/// specific personal data): when it was given, which version of the consent text was shown, and when the family
/// withdrew it (null while it stands).
/// </summary>
public sealed record Consent(DateTimeOffset AcceptedAt, string TextVersion, DateTimeOffset? WithdrawnAt = null)
{
    public const string CurrentTextVersion = "2026-11";

    /// <summary>Whether the consent stands: given and not withdrawn.</summary>
    public bool IsGiven => WithdrawnAt is null;
}
