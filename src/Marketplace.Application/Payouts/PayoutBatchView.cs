namespace Marketplace.Application.Payouts;

/// <summary>
/// A payout batch as admins see it; amounts in whole Rupiah. <see cref="SkippedCount"/> providers owed
/// <see cref="SkippedIdr"/> in all were left out for want of a payout account.
/// </summary>
public sealed record PayoutBatchView(
    Guid Id,
    PayoutBatchStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    long TotalIdr,
    int SkippedCount,
    long SkippedIdr,
    IReadOnlyList<PayoutLineView> Lines)
{
    public static PayoutBatchView Of(PayoutBatch batch) => new(
        batch.Id,
        batch.Status,
        SharedKernel.IndonesianTimeZones.ToLocal(batch.CreatedAt, SharedKernel.IndonesianTimeZones.Wita),
        batch.ClosedAt is { } closed ? SharedKernel.IndonesianTimeZones.ToLocal(closed, SharedKernel.IndonesianTimeZones.Wita) : null,
        batch.Total.Rupiah,
        batch.SkippedCount,
        batch.Skipped.Rupiah,
        [.. batch.Lines.Select(line => new PayoutLineView(
            line.ProviderUserId, line.ProviderName, line.Email, line.BankName, line.AccountNumber, line.AccountHolder, line.Amount.Rupiah))]);
}

public sealed record PayoutLineView(Guid ProviderUserId, string ProviderName, string Email, string BankName, string AccountNumber, string AccountHolder, long AmountIdr);

/// <summary>
/// A provider's payout account as its owner reads it. <see cref="ConnectedAccountId"/> is its own Stripe account
/// (<c>acct_…</c>) that card charges go to when Stripe Connect is on; null otherwise.
/// </summary>
public sealed record PayoutAccountView(string BankName, string AccountNumber, string AccountHolder, string? ConnectedAccountId, DateTimeOffset UpdatedAt)
{
    public static PayoutAccountView Of(PayoutAccount account) =>
        new(account.BankName, account.AccountNumber, account.AccountHolder, account.ConnectedAccountId, account.UpdatedAt);
}
