using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.PreferredCaregivers;

/// <summary>
/// A family unmarks a caregiver: for one of its people (<see cref="RecipientId"/>; 404 for a person not the family's), or
/// for all of them. Idempotent: a caregiver not marked, unknown or no longer verified is no error, so a family can always
/// take someone off its list. 403 for anyone but a family.
/// </summary>
public sealed record UnpreferCaregiver(Guid CaregiverId, Guid? RecipientId) : ICommand<Unit>;

public sealed class UnpreferCaregiverHandler(ICurrentUser currentUser, IFamilyRepository families) : ICommandHandler<UnpreferCaregiver, Unit>
{
    public async ValueTask<Unit> Handle(UnpreferCaregiver command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Family, "Only a family account has preferred caregivers.");
        var family = await families.GetOwnAsync(currentUser, cancellationToken);
        family.UnpreferCaregiver(command.CaregiverId, command.RecipientId);
        return Unit.Value;
    }
}
