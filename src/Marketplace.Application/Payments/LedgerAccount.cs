namespace Marketplace.Application.Payments;

/// <summary>
/// An account of the double-entry ledger, named by its code: <c>family:{familyId}</c> (what a family owes),
/// <c>provider:{userId}</c> (a caregiver's or enterprise's account: negative when the platform owes them, positive
/// when they hold cash that is partly the platform's), <c>platform:commission</c> (the platform's income), <c>stripe:clearing</c> (card money held by Stripe for the platform).
/// Balances are debit-positive: the sum of what is debited to the account less what is credited to it.
/// </summary>
public static class LedgerAccount
{
    /// <summary>The platform's commission income.</summary>
    public const string PlatformCommission = "platform:commission";

    /// <summary>Money the card processor (Stripe) captured for the platform and has not yet paid out to it.</summary>
    public const string CardClearing = "stripe:clearing";

    /// <summary>The longest code an account may have (a prefix and a GUID), as the database column holds it.</summary>
    public const int CodeMaxLength = 60;

    /// <summary>What the family owes for care, and what it has paid.</summary>
    public static string Family(Guid familyId) => $"family:{familyId:D}";

    /// <summary>The provider's account, keyed by the user who gives the care (a caregiver's or an enterprise's account).</summary>
    public static string Provider(Guid providerUserId) => $"provider:{providerUserId:D}";
}
