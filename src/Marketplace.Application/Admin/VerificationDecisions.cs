namespace Marketplace.Application.Admin;

/// <summary>What a verifier can decide, as the API spells it.</summary>
public static class VerificationDecisions
{
    public const string Verified = "verified";
    public const string Rejected = "rejected";
}
