using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;

namespace Marketplace.Application.Accounts.Register;

/// <summary>
/// The email a sign-up sends to the address: a link to confirm it, or, when the address had a confirmed account
/// already, a note saying so (someone, perhaps its owner, tried to sign up again).
/// </summary>
[OutboxMessage("sign-up-email")]
public sealed record SignUpEmail(Guid UserId, bool AddressWasConfirmed);

public sealed class SignUpEmailSender(IIdentityService identity, IAccountLinks links, INotificationSender sender) : IOutboxHandler<SignUpEmail>
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

        // The token is made here, after the commit, so it never rests in the outbox table. A retry makes a new one for the
        // same email id, which replaces the unsent attempt.
        var token = message.AddressWasConfirmed ? null : await identity.EmailConfirmationTokenAsync(account.Id, cancellationToken);
        var (subject, body) = token is null
            ? ("Alamat email Anda sudah terdaftar di Peduli",
                $"Halo {account.FullName},\n\nSeseorang (mungkin Anda) mencoba mendaftar di Peduli dengan alamat ini, padahal alamat ini sudah punya akun. "
                + $"Tidak ada yang berubah. Masuk di {links.SignIn()}\n\nJika bukan Anda, abaikan email ini.\n\n"
                + $"Hello {account.FullName},\n\nSomeone (perhaps you) tried to sign up to Peduli with this address, which has an account already. "
                + $"Nothing has changed. Sign in at {links.SignIn()}\n\nIf it was not you, ignore this email.\n")
            : ("Konfirmasi alamat email Anda di Peduli",
                $"Halo {account.FullName},\n\nBuka tautan ini dalam {LinkHours} jam untuk mengonfirmasi alamat Anda, lalu masukkan kata sandi yang Anda pilih saat mendaftar:\n\n"
                + $"{links.ConfirmEmail(account.Id, token)}\n\nJika Anda tidak mendaftar di Peduli, abaikan email ini; tanpa konfirmasi tidak ada akun yang dapat dipakai.\n\n"
                + $"Hello {account.FullName},\n\nOpen this link within {LinkHours} hours to confirm your address, then enter the password you chose when signing up:\n\n"
                + $"{links.ConfirmEmail(account.Id, token)}\n\nIf you did not sign up to Peduli, ignore this email; without confirmation no account can be used.\n");
        await sender.SendAsync(new Email(messageId, account.Email, subject, body), cancellationToken);
    }
}
