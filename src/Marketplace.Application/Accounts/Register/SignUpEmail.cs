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
    IIdentityService identity, IAccountLinks links, INotificationSender sender, EmailWriter writer, SignUpEmailLimit limit, ILogger<SignUpEmailSender> logger)
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
        if (!await limit.SendWithinAsync(accountId, () => sender.SendAsync(email, cancellationToken), cancellationToken))
        {
            LogLimited(logger, accountId, SignUpEmailLimit.PerHour);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-up email to account {AccountId} not sent: {PerHour} went to its address within the hour")]
    private static partial void LogLimited(ILogger logger, Guid accountId, int perHour);

    // The owner's own name, as their confirmed account holds it.
    private Email AlreadyRegistered(Guid messageId, AccountIdentity account) =>
        writer.Write(messageId, account, "account-already-registered", new Dictionary<string, object?> { ["sign_in"] = links.SignIn() });

    // The template does not use the name: it is the sign-up's, typed by whoever signed up with this address, and is not
    // repeated to the mailbox, so the email cannot carry a stranger's words to anyone.
    private Email ConfirmAddress(Guid messageId, AccountIdentity account, string link) =>
        writer.Write(messageId, account, "account-confirm-address", new Dictionary<string, object?> { ["link"] = link, ["link_hours"] = LinkHours });
}
