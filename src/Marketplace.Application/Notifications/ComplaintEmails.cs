using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Complaints;

namespace Marketplace.Application.Notifications;

/// <summary>An admin resolved a complaint; its family is emailed the outcome and the admin's words.</summary>
[OutboxMessage("complaint-resolved")]
public sealed record ComplaintResolved(Guid ComplaintId);

/// <summary>
/// The platform suspended a provider after an upheld complaint (with <paramref name="SuspensionReason"/>), or lifted
/// the suspension (null reason); the caregiver or the listing's enterprise is emailed.
/// </summary>
[OutboxMessage("provider-suspension-changed")]
public sealed record ProviderSuspensionChanged(Guid ProviderUserId, string ProviderName, string? SuspensionReason);

public sealed class ComplaintResolvedEmail(IComplaintRepository complaints, IIdentityService identity, INotificationSender sender, EmailWriter writer)
    : IOutboxHandler<ComplaintResolved>
{
    public async Task HandleAsync(ComplaintResolved message, Guid messageId, CancellationToken cancellationToken)
    {
        var complaint = await complaints.FindAsync(message.ComplaintId, cancellationToken);
        var family = complaint is null ? null : await identity.FindAsync(complaint.FamilyUserId, cancellationToken);
        if (complaint is null || family is null)
        {
            // The family's account (and with it the complaint) was deleted since; there is nobody left to tell.
            return;
        }

        await sender.SendAsync(writer.Write(messageId, family, "complaint-resolved", new Dictionary<string, object?>
        {
            ["provider"] = complaint.ProviderName,
            ["upheld"] = complaint.Outcome == ComplaintOutcome.Upheld,
            ["resolution"] = complaint.Resolution,
            ["suspended"] = complaint.SuspendedProvider,
        }), cancellationToken);
    }
}

public sealed class ProviderSuspensionChangedEmail(IIdentityService identity, INotificationSender sender, EmailWriter writer)
    : IOutboxHandler<ProviderSuspensionChanged>
{
    public async Task HandleAsync(ProviderSuspensionChanged message, Guid messageId, CancellationToken cancellationToken)
    {
        if (await identity.FindAsync(message.ProviderUserId, cancellationToken) is not { } provider)
        {
            return;
        }

        var template = message.SuspensionReason is null ? "provider-reinstated" : "provider-suspended";
        await sender.SendAsync(writer.Write(messageId, provider, template, new Dictionary<string, object?>
        {
            ["provider"] = message.ProviderName,
            ["reason"] = message.SuspensionReason,
        }), cancellationToken);
    }
}
