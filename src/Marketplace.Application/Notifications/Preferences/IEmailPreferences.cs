namespace Marketplace.Application.Notifications.Preferences;

/// <summary>Each account's choice of optional emails.</summary>
public interface IEmailPreferences
{
    /// <summary><paramref name="userId"/>'s choices, or null when there is no such account.</summary>
    Task<EmailPreferences?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Turns one kind on or off for <paramref name="userId"/> at once (inside the command's transaction), touching
    /// nothing else of the account, so a one-click unsubscribe and a saved preferences page never undo each other.
    /// Answers false when there is no such account.
    /// </summary>
    Task<bool> SetAsync(Guid userId, OptionalEmail kind, bool wanted, CancellationToken cancellationToken);
}
