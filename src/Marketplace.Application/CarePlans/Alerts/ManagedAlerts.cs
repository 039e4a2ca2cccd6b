using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;

namespace Marketplace.Application.CarePlans.Alerts;

internal static class ManagedAlerts
{
    /// <summary>The alert and its family when the caller is that family's care manager; 404 for anyone else, so alerts cannot be probed.</summary>
    public static async Task<(CareAlert Alert, Family Family)> GetForCareManagerAsync(
        this ICarePlanRepository plans, Guid id, ICurrentUser currentUser, IFamilyRepository families, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var alert = await plans.FindAlertAsync(id, cancellationToken) ?? throw new NotFoundException("CareAlert", id);
        if (!await families.IsManagedByAsync(alert.FamilyId, userId, cancellationToken)
            || await families.FindByRecipientAsync(alert.RecipientId, cancellationToken) is not { } family)
        {
            throw new NotFoundException("CareAlert", id);
        }

        return (alert, family);
    }
}
