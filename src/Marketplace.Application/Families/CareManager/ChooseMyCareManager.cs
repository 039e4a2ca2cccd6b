using Marketplace.Application.Accounts;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.CareManager;

/// <summary>
/// A family chooses the care manager who may oversee its care (read its recipients and visit logs), or
/// none. Choosing is the family's consent to that access.
/// </summary>
public sealed record ChooseMyCareManager(Guid? CaregiverId) : ICommand<CareManagerChoice>;

public sealed record CareManagerChoice(Guid? CaregiverId, string? FullName);

public sealed class ChooseMyCareManagerHandler(ICurrentUser currentUser, IFamilyRepository families, ICaregiverRepository caregivers)
    : ICommandHandler<ChooseMyCareManager, CareManagerChoice>
{
    public async ValueTask<CareManagerChoice> Handle(ChooseMyCareManager command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Family, "Only a family account chooses a care manager.");
        var family = await families.FindByUserAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new ForbiddenException("Only a family account chooses a care manager.");
        var careManager = command.CaregiverId is { } id
            ? await caregivers.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Caregiver", id)
            : null;
        family.ChooseCareManager(careManager);
        return new CareManagerChoice(careManager?.Id, careManager?.FullName);
    }
}
