namespace Marketplace.Application.Families;

/// <summary>
/// The family's explicit consent to process a recipient's health and disability data (UU 27/2022,
/// specific personal data): when it was given and which version of the consent text was shown.
/// </summary>
public sealed record Consent(DateTimeOffset AcceptedAt, string TextVersion)
{
    public const string CurrentTextVersion = "2026-11";
}
