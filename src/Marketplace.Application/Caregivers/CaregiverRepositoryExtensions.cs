using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Application.Caregivers;

public static class CaregiverRepositoryExtensions
{
    /// <summary>The signed-in user's own caregiver profile; a 403 for accounts that are not caregivers.</summary>
    public static async Task<Caregiver> GetOwnAsync(this ICaregiverRepository caregivers, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        await caregivers.FindByUserAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new ForbiddenException("Only a caregiver account has a caregiver profile.");
}
