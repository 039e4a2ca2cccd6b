using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Admin.CareManager;

/// <summary>An admin grants (or withdraws) the care-manager credential of a verified caregiver.</summary>
public sealed record SetCareManager(Guid CaregiverId, bool Granted) : ICommand<CaregiverProfileView>;

public sealed class SetCareManagerHandler(ICurrentUser currentUser, ICaregiverRepository caregivers, TimeProvider clock)
    : ICommandHandler<SetCareManager, CaregiverProfileView>
{
    public async ValueTask<CaregiverProfileView> Handle(SetCareManager command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can grant the care-manager credential.");

        var caregiver = await caregivers.FindAsync(command.CaregiverId, cancellationToken)
            ?? throw new NotFoundException("Caregiver", command.CaregiverId);
        if (command.Granted)
        {
            caregiver.GrantCareManager();
        }
        else
        {
            caregiver.RevokeCareManager();
        }

        return CaregiverProfileView.Of(caregiver, clock.GetUtcNow());
    }
}
