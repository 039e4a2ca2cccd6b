namespace Marketplace.Application.Accounts.PausedSignIns;

/// <summary>
/// At most one paused-sign-ins email per account per <paramref name="window"/> (the throttle's: a client waits that long
/// after failing), however many clients are paused: guessing from a thousand addresses makes one email, not a thousand.
/// </summary>
public sealed class PausedSignInsEmailLimit(TimeSpan window) : AccountEmailLimit(1, window);
