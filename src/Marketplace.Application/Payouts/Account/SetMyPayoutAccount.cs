using FluentValidation;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Common.Validation;
using Marketplace.Application.SharedKernel;
using Mediator;

namespace Marketplace.Application.Payouts.Account;

/// <summary>
/// The signed-in provider saves the bank account it is paid into: <see cref="AccountNumber"/> as digits (spaces and
/// dashes as printed on a passbook are dropped). A batch already run keeps the account it was run with. With Stripe
/// Connect on, <see cref="ConnectedAccountId"/> (<c>acct_…</c>) is the provider's own Stripe account that card charges go
/// to; empty or null keeps card money with the platform, paid out by bank transfer.
/// </summary>
public sealed record SetMyPayoutAccount(string BankName, string AccountNumber, string AccountHolder, string? ConnectedAccountId = null)
    : ICommand<PayoutAccountView>;

public sealed class SetMyPayoutAccountValidator : AbstractValidator<SetMyPayoutAccount>
{
    private static bool IsConnectedAccountId(string id) =>
        id.StartsWith("acct_", StringComparison.Ordinal) && id.Length is > 5 and <= PayoutAccount.ConnectedAccountIdMaxLength && id[5..].All(char.IsAsciiLetterOrDigit);

    public SetMyPayoutAccountValidator()
    {
        RuleFor(c => c.BankName).NotEmpty().MaximumLength(FieldLimits.OrganisationNameMaxLength).SingleLine();
        RuleFor(c => c.AccountHolder).NotEmpty().MaximumLength(FieldLimits.PersonNameMaxLength).SingleLine();
        RuleFor(c => c.AccountNumber).NotEmpty()
            .Must(number => SetMyPayoutAccountHandler.Digits(number) is { Length: >= 5 and <= 20 } digits && digits.All(char.IsAsciiDigit)
                && number.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '.'))
            .WithMessage("An account number has 5 to 20 digits, such as 0123 01 000123 30 1.");
        RuleFor(c => c.ConnectedAccountId)
            .Must(id => string.IsNullOrWhiteSpace(id) || IsConnectedAccountId(id.Trim()))
            .WithMessage("A Stripe account id starts with acct_ followed by letters and digits, such as acct_1PxY2zAbCdEf3GhI.");
    }
}

public sealed class SetMyPayoutAccountHandler(ICurrentUser currentUser, IPayoutRepository payouts, TimeProvider clock)
    : ICommandHandler<SetMyPayoutAccount, PayoutAccountView>
{
    public async ValueTask<PayoutAccountView> Handle(SetMyPayoutAccount command, CancellationToken cancellationToken)
    {
        PayoutAccounts.RequireProvider(currentUser);
        var userId = currentUser.RequireUserId();
        var details = new PayoutAccountDetails(
            command.BankName.Trim(), Digits(command.AccountNumber), command.AccountHolder.Trim(),
            string.IsNullOrWhiteSpace(command.ConnectedAccountId) ? null : command.ConnectedAccountId.Trim());
        var account = await payouts.FindAccountAsync(userId, cancellationToken);
        if (account is null)
        {
            account = PayoutAccount.Open(userId, details, clock.GetUtcNow());
            payouts.Add(account);
        }
        else
        {
            account.Change(details, clock.GetUtcNow());
        }

        return PayoutAccountView.Of(account);
    }

    /// <summary>The number as the bank reads it: what was typed, without the spaces, dashes and dots that group its digits.</summary>
    internal static string Digits(string number) => new([.. number.Where(c => c is not (' ' or '-' or '.'))]);
}
