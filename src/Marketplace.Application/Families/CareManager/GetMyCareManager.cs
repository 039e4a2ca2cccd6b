using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Families.CareManager;

/// <summary>The care manager the signed-in family chose, if any.</summary>
public sealed record GetMyCareManager : IQuery<CareManagerChoice>;

public sealed class GetMyCareManagerHandler(ICurrentUser currentUser, IFamilyRepository families, ICaregiverRepository caregivers)
    : IQueryHandler<GetMyCareManager, CareManagerChoice>
{
    public async ValueTask<CareManagerChoice> Handle(GetMyCareManager query, CancellationToken cancellationToken)
    {
        var family = await families.FindByUserAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new ForbiddenException("Only a family account has a care manager.");
        var careManager = family.CareManagerId is { } id ? await caregivers.FindAsync(id, cancellationToken) : null;
        return new CareManagerChoice(careManager?.Id, careManager?.FullName);
    }
}
