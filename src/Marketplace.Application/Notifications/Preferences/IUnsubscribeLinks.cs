namespace Marketplace.Application.Notifications.Preferences;

/// <summary>
/// One-click unsubscribe links (RFC 8058) for optional emails. A link names its account and kind in a token only
/// the site can make and read, so it works without signing in and cannot be changed to stop someone else's emails.
/// </summary>
public interface IUnsubscribeLinks
{
    /// <summary>The absolute link that stops <paramref name="kind"/> for <paramref name="userId"/>.</summary>
    Uri LinkFor(Guid userId, OptionalEmail kind);

    /// <summary>The account and kind a link's token names, or null when the token is not one the site made.</summary>
    (Guid UserId, OptionalEmail Kind)? Read(string token);
}
