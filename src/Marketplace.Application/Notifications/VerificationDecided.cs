using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Outbox;

namespace Marketplace.Application.Notifications;

/// <summary>A verifier decided on an applicant (a caregiver or an enterprise); the applicant is told by email.</summary>
[OutboxMessage("verification-decided")]
public sealed record VerificationDecided(Guid ApplicantUserId, string ApplicantName, bool Verified, string? Reason);

public sealed class VerificationDecidedEmail(IIdentityService identity, INotificationSender sender, EmailWriter writer) : IOutboxHandler<VerificationDecided>
{
    public async Task HandleAsync(VerificationDecided message, Guid messageId, CancellationToken cancellationToken)
    {
        var applicant = await identity.FindAsync(message.ApplicantUserId, cancellationToken);
        if (applicant is null)
        {
            // The account was deleted since the decision; there is nobody left to tell.
            return;
        }

        var email = writer.Write(messageId, applicant, message.Verified ? "verification-approved" : "verification-refused", new Dictionary<string, object?>
        {
            ["applicant"] = message.ApplicantName,
            ["reason"] = message.Reason,
        });
        await sender.SendAsync(email, cancellationToken);
    }
}
