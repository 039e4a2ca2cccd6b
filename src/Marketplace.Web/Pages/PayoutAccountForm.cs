using System.ComponentModel.DataAnnotations;
using Marketplace.Application.Payouts;

namespace Marketplace.Web.Pages;

/// <summary>The bank account a provider is paid into, as typed on the earnings page.</summary>
public sealed class PayoutAccountForm
{
    [Display(Name = "Field.BankName")]
    public string? BankName { get; set; }

    [Display(Name = "Field.AccountNumber")]
    public string? AccountNumber { get; set; }

    [Display(Name = "Field.AccountHolder")]
    public string? AccountHolder { get; set; }

    /// <summary>The provider's own Stripe account (<c>acct_…</c>), asked for only when Stripe Connect is on.</summary>
    [Display(Name = "Field.ConnectedAccountId")]
    public string? ConnectedAccountId { get; set; }

    /// <summary>The form filled with the saved account, or empty before one is saved.</summary>
    public static PayoutAccountForm Of(PayoutAccountView? account) =>
        new() { BankName = account?.BankName, AccountNumber = account?.AccountNumber, AccountHolder = account?.AccountHolder, ConnectedAccountId = account?.ConnectedAccountId };
}
