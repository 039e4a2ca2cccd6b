using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Accounts.Register;

/// <summary>
/// The email a sign-up sends to the address: a link to confirm it, or, when the address had a confirmed account
/// already, a note saying so (someone, perhaps its owner, tried to sign up again).
/// </summary>
/// <param name="Version">The account's version after the sign-up (<see cref="SignUp.Version"/>): a later sign-up's email replaces this one.</param>
[OutboxMessage("sign-up-email")]
public sealed record SignUpEmail(Guid UserId, bool AddressWasConfirmed, string Version);

public sealed partial class SignUpEmailSender(
    IIdentityService identity, IAccountLinks links, INotificationSender sender, SignUpEmailLimit limit, ILogger<SignUpEmailSender> logger)
    : IOutboxHandler<SignUpEmail>
{
    /// <summary>How long a confirmation link works (Identity's token lifespan, one day by default), as the email tells it.</summary>
    public const int LinkHours = 24;

    public async Task HandleAsync(SignUpEmail message, Guid messageId, CancellationToken cancellationToken)
    {
        var account = await identity.FindAsync(message.UserId, cancellationToken);
        if (account is null)
        {
            return;
        }

        if (message.AddressWasConfirmed)
        {
            await SendWithinTheLimitAsync(AlreadyRegistered(messageId, account), account.Id, cancellationToken);
            return;
        }

        // The token is made here, after the commit, so it never rests in the outbox table. A retry makes a new one for the
        // same email id, which replaces the unsent attempt. None is made when the address was confirmed or signed up
        // again since: only the latest sign-up's email carries a link.
        if (await identity.EmailConfirmationTokenAsync(account.Id, message.Version, cancellationToken) is { } token)
        {
            await SendWithinTheLimitAsync(ConfirmAddress(messageId, account, links.ConfirmEmail(account.Id, token)), account.Id, cancellationToken);
        }
    }

    private async Task SendWithinTheLimitAsync(Email email, Guid accountId, CancellationToken cancellationToken)
    {
        if (limit.Allows(accountId))
        {
            await sender.SendAsync(email, cancellationToken);
            limit.Count(accountId);
        }
        else
        {
            LogLimited(logger, accountId, SignUpEmailLimit.PerHour);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-up email to account {AccountId} not sent: {PerHour} went to its address within the hour")]
    private static partial void LogLimited(ILogger logger, Guid accountId, int perHour);

    // The owner's own name, as their confirmed account holds it.
    private Email AlreadyRegistered(Guid messageId, AccountIdentity account) =>
        Letter(
            messageId,
            account.Email,
            "account-already-registered",
            "Alamat email Anda sudah terdaftar di Peduli",
            $"Halo {account.FullName},\n\nSeseorang (mungkin Anda) mencoba mendaftar di Peduli dengan alamat ini, padahal alamat ini sudah punya akun. "
            + $"Tidak ada yang berubah. Masuk di {links.SignIn()}\n\nJika bukan Anda, abaikan email ini.\n\n"
            + $"Hello {account.FullName},\n\nSomeone (perhaps you) tried to sign up to Peduli with this address, which has an account already. "
            + $"Nothing has changed. Sign in at {links.SignIn()}\n\nIf it was not you, ignore this email.\n");

    // The name is the sign-up's, typed by whoever signed up with this address: it is not repeated to the mailbox, so the
    // email cannot carry a stranger's words to anyone.
    private static Email ConfirmAddress(Guid messageId, AccountIdentity account, string link) =>
        Letter(
            messageId,
            account.Email,
            "account-confirm-address",
            "Konfirmasi alamat email Anda di Peduli",
            $"Halo,\n\nBuka tautan ini dalam {LinkHours} jam untuk mengonfirmasi alamat Anda, lalu masukkan kata sandi yang Anda pilih saat mendaftar:\n\n"
            + $"{link}\n\nJika Anda tidak mendaftar di Peduli, abaikan email ini; tanpa konfirmasi tidak ada akun yang dapat dipakai.\n\n"
            + $"Hello,\n\nOpen this link within {LinkHours} hours to confirm your address, then enter the password you chose when signing up:\n\n"
            + $"{link}\n\nIf you did not sign up to Peduli, ignore this email; without confirmation no account can be used.\n");

    private static Email Letter(Guid messageId, string to, string category, string subject, string text) =>
        new(messageId, to, subject, text, HtmlParagraphs.From(text), category);
}
