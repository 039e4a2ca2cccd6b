using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Notifications;
using Marketplace.Application.Enterprises;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Admin.DecideEnterpriseVerification;

/// <summary>An admin verifies an enterprise, or rejects it with a reason its owner will read.</summary>
public sealed record DecideEnterpriseVerification(Guid EnterpriseId, string Decision, string? Reason)
    : ICommand<EnterpriseView>, IVerificationDecision;

public sealed partial class DecideEnterpriseVerificationHandler(
    ICurrentUser currentUser, IEnterpriseRepository enterprises, IOutbox outbox, ILogger<DecideEnterpriseVerificationHandler> logger)
    : ICommandHandler<DecideEnterpriseVerification, EnterpriseView>
{
    public async ValueTask<EnterpriseView> Handle(DecideEnterpriseVerification command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can verify enterprises.");

        var enterprise = await enterprises.FindAsync(command.EnterpriseId, cancellationToken)
            ?? throw new NotFoundException("Enterprise", command.EnterpriseId);
        if (command.Decision == VerificationDecisions.Verified)
        {
            enterprise.Verify();
        }
        else
        {
            enterprise.Reject(command.Reason!.Trim());
        }

        outbox.Enqueue(new VerificationDecided(enterprise.OwnerUserId, enterprise.Name, enterprise.IsVerified, enterprise.RejectionReason));
        LogDecision(logger, enterprise.Id, command.Decision);
        return EnterpriseView.Of(enterprise);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Enterprise {EnterpriseId} verification decided: {Decision}")]
    private static partial void LogDecision(ILogger logger, Guid enterpriseId, string decision);
}

public sealed class DecideEnterpriseVerificationValidator : VerificationDecisionValidator<DecideEnterpriseVerification>;
