using Marketplace.Application.Payouts;
using Marketplace.Web.Csv;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Payouts;

/// <summary>
/// A payout batch as a bank's bulk-transfer file: one row per provider (bank, account number, account holder, amount in
/// whole Rupiah, the transfer's reference, the provider's name and email), named after the batch.
/// </summary>
internal static class PayoutTransfersCsv
{
    public static FileContentResult File(PayoutBatchView batch) => CsvDownload.Of(
        $"payout-{batch.Id:D}.csv",
        ["bank", "account_number", "account_holder", "amount_idr", "reference", "provider_name", "provider_email"],
        batch.Lines.Select(line => new[]
        {
            line.BankName, line.AccountNumber, line.AccountHolder, CsvDownload.Rupiah(line.AmountIdr), Reference(batch), line.ProviderName, line.Email,
        }));

    /// <summary>What the provider's bank statement shows: the platform and the last characters of the batch's id (the random ones of a version-7 id).</summary>
    public static string Reference(PayoutBatchView batch) => $"PEDULI {batch.Id.ToString("N")[^8..].ToUpperInvariant()}";
}
