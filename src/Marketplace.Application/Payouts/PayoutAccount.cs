namespace Marketplace.Application.Payouts;

/// <summary>
/// The bank account a provider (a caregiver or an enterprise) is paid into: what a bank's bulk transfer needs. Read only
/// by its owner and by admins running payouts.
/// </summary>
public sealed class PayoutAccount
{
    /// <summary>The longest connected account id kept; Stripe's are about 21 characters.</summary>
    public const int ConnectedAccountIdMaxLength = 64;

    private PayoutAccount(Guid providerUserId, DateTimeOffset updatedAt)
    {
        ProviderUserId = providerUserId;
        UpdatedAt = updatedAt;
        BankName = string.Empty;
        AccountNumber = string.Empty;
        AccountHolder = string.Empty;
    }

    public Guid ProviderUserId { get; private set; }

    /// <summary>The bank, as the provider names it (BRI, Bank Mandiri, BNI, BSI…).</summary>
    public string BankName { get; private set; }

    /// <summary>The account number, digits only.</summary>
    public string AccountNumber { get; private set; }

    /// <summary>The name the bank holds the account in.</summary>
    public string AccountHolder { get; private set; }

    /// <summary>
    /// The provider's own Stripe account (a connected account, <c>acct_…</c>) when Stripe Connect is on: card charges
    /// for its bookings go there, less the platform's commission. Null when the platform pays it out by bank transfer.
    /// </summary>
    public string? ConnectedAccountId { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static PayoutAccount Open(Guid providerUserId, PayoutAccountDetails details, DateTimeOffset now)
    {
        var account = new PayoutAccount(providerUserId, now);
        account.Change(details, now);
        return account;
    }

    public void Change(PayoutAccountDetails details, DateTimeOffset now)
    {
        BankName = details.BankName;
        AccountNumber = details.AccountNumber;
        AccountHolder = details.AccountHolder;
        ConnectedAccountId = details.ConnectedAccountId;
        UpdatedAt = now;
    }
}

public sealed record PayoutAccountDetails(string BankName, string AccountNumber, string AccountHolder, string? ConnectedAccountId = null);
