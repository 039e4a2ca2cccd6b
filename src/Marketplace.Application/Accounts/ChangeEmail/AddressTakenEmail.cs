using Marketplace.Application.Accounts.Register;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Notifications;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Accounts.ChangeEmail;

/// <summary>
/// The note to an address whose confirmed account someone else asked to move their own account to: nothing changes,
/// and the owner learns that their address was typed (as a sign-up of a taken address tells them).
/// </summary>
[OutboxMessage("address-taken-email")]
public sealed record AddressTakenEmail(Guid UserId);

public sealed partial class AddressTakenEmailSender(
    IIdentityService identity, IAccountLinks links, INotificationSender sender, EmailWriter writer, SignUpEmailLimit limit, ILogger<AddressTakenEmailSender> logger)
    : IOutboxHandler<AddressTakenEmail>
{
    public async Task HandleAsync(AddressTakenEmail message, Guid messageId, CancellationToken cancellationToken)
    {
        if (await identity.FindAsync(message.UserId, cancellationToken) is not { } account)
        {
            return;
        }

        // Counted with the sign-up notes to the same address: both are mail a stranger can make us send to it.
        Task Send() => sender.SendAsync(
            writer.Write(messageId, account, "account-address-taken", new Dictionary<string, object?> { ["sign_in"] = links.SignIn() }), cancellationToken);
        if (!await limit.SendWithinAsync(account.Id, Send, cancellationToken))
        {
            LogLimited(logger, account.Id, SignUpEmailLimit.PerHour);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Address-taken note to account {AccountId} not sent: {PerHour} went to its address within the hour")]
    private static partial void LogLimited(ILogger logger, Guid accountId, int perHour);
}
