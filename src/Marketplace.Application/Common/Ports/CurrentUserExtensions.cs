using Marketplace.Application.Common.Errors;

namespace Marketplace.Application.Common.Ports;

public static class CurrentUserExtensions
{
    /// <summary>The caller's id; endpoints that reach a handler using this already demand a sign-in.</summary>
    public static Guid RequireUserId(this ICurrentUser user) =>
        user.UserId ?? throw new ForbiddenException("You need to sign in to do this.");

    /// <summary>
    /// Handlers check the role themselves, not only the endpoint, so a use case stays guarded
    /// whichever page or API sends it.
    /// </summary>
    public static void RequireRole(this ICurrentUser user, string role, string refusal)
    {
        if (!user.IsInRole(role))
        {
            throw new ForbiddenException(refusal);
        }
    }
}
