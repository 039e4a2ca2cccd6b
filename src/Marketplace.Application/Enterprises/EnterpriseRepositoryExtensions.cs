using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Application.Enterprises;

public static class EnterpriseRepositoryExtensions
{
    /// <summary>
    /// The enterprise <paramref name="id"/> if the caller owns it. Someone else's enterprise is a 403;
    /// one that does not exist, a 404.
    /// </summary>
    public static async Task<Enterprise> GetOwnedAsync(
        this IEnterpriseRepository enterprises, Guid id, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.FindAsync(id, cancellationToken) ?? throw new NotFoundException("Enterprise", id);
        if (enterprise.OwnerUserId != currentUser.RequireUserId())
        {
            throw new ForbiddenException("Only the enterprise's own account can do this.");
        }

        return enterprise;
    }
}
