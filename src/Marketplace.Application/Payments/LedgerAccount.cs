namespace Marketplace.Application.Payments;

/// <summary>
/// An account of the double-entry ledger, named by its code: <c>family:{familyId}</c> (what a family owes),
/// <c>provider:{userId}</c> (a caregiver's or enterprise's account: negative when the platform owes them, positive
/// when they hold cash that is partly the platform's), <c>platform:commission</c> (the platform's income), <c>stripe:clearing</c> (card money held by Stripe for the platform),
/// <c>sponsor:{programmeId}</c> (what a sponsor programme owes for care) and its reservation pair
/// <c>sponsor-reserved:{programmeId}</c> / <c>sponsor-budget:{programmeId}</c>.
/// Balances are debit-positive: the sum of what is debited to the account less what is credited to it.
/// </summary>
public static class LedgerAccount
{
    /// <summary>The platform's commission income.</summary>
    public const string PlatformCommission = "platform:commission";

    /// <summary>Money the card processor (Stripe) captured for the platform and has not yet paid out to it.</summary>
    public const string CardClearing = "stripe:clearing";

    /// <summary>The platform's bank account, which payouts to providers are paid out of.</summary>
    public const string PlatformBank = "platform:bank";

    /// <summary>Payouts in a batch that was run and not yet marked paid (or cancelled): taken off the providers' accounts, not yet out of the bank.</summary>
    public const string PayoutsInTransit = "payouts:in-transit";

    /// <summary>The longest code an account may have (a prefix and a GUID), as the database column holds it.</summary>
    public const int CodeMaxLength = 60;

    /// <summary>What the family owes for care, and what it has paid.</summary>
    public static string Family(Guid familyId) => $"family:{familyId:D}";

    /// <summary>What a sponsor programme owes for the care it pays part of.</summary>
    public static string Sponsor(Guid programmeId) => $"sponsor:{programmeId:D}";

    /// <summary>
    /// A programme's shares reserved for bookings not yet over and not yet spent (debit-positive). Its counterpart
    /// <see cref="SponsorBudget"/> is credited with every reservation and debited as a share is spent (the debt moving to
    /// <see cref="Sponsor"/>) or released, so the pair always nets to zero.
    /// </summary>
    public static string SponsorReserved(Guid programmeId) => $"sponsor-reserved:{programmeId:D}";

    /// <summary>The counterpart of <see cref="SponsorReserved"/>: credited as shares are reserved, debited as they are spent or released.</summary>
    public static string SponsorBudget(Guid programmeId) => $"sponsor-budget:{programmeId:D}";

    /// <summary>What every provider's account code starts with.</summary>
    public const string ProviderPrefix = "provider:";

    /// <summary>The provider's account, keyed by the user who gives the care (a caregiver's or an enterprise's account).</summary>
    public static string Provider(Guid providerUserId) => $"{ProviderPrefix}{providerUserId:D}";
}
