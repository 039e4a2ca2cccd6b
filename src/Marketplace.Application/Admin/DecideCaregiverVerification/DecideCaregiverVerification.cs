using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Notifications;
using Marketplace.Application.SharedKernel;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Marketplace.Application.Admin.DecideCaregiverVerification;

/// <summary>An admin verifies a caregiver, or rejects them with a reason the caregiver will read.</summary>
public sealed record DecideCaregiverVerification(Guid CaregiverId, string Decision, string? Reason)
    : ICommand<CaregiverProfileView>, IVerificationDecision;

public sealed partial class DecideCaregiverVerificationHandler(
    ICurrentUser currentUser, ICaregiverRepository caregivers, IOutbox outbox, TimeProvider clock, ILogger<DecideCaregiverVerificationHandler> logger)
    : ICommandHandler<DecideCaregiverVerification, CaregiverProfileView>
{
    public async ValueTask<CaregiverProfileView> Handle(DecideCaregiverVerification command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can verify caregivers.");

        var caregiver = await caregivers.FindAsync(command.CaregiverId, cancellationToken)
            ?? throw new NotFoundException("Caregiver", command.CaregiverId);
        if (command.Decision == VerificationDecisions.Verified)
        {
            caregiver.Verify(caregiver.Today(clock.GetUtcNow()));
        }
        else
        {
            caregiver.Reject(command.Reason!.Trim());
        }

        outbox.Enqueue(new VerificationDecided(caregiver.UserId, caregiver.FullName, caregiver.Verification == VerificationStatus.Verified, caregiver.RejectionReason));
        LogDecision(logger, caregiver.Id, command.Decision);
        return CaregiverProfileView.Of(caregiver, clock.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Caregiver {CaregiverId} verification decided: {Decision}")]
    private static partial void LogDecision(ILogger logger, Guid caregiverId, string decision);
}
