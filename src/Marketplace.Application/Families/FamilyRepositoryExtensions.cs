using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Application.Families;

public static class FamilyRepositoryExtensions
{
    /// <summary>The signed-in account's family with its recipients; 403 for an account that is not a family's.</summary>
    public static async Task<Family> GetOwnAsync(this IFamilyRepository families, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        await families.FindByUserAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new ForbiddenException("Only a family account has care recipients.");
}
