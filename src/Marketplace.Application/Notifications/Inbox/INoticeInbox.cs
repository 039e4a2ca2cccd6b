namespace Marketplace.Application.Notifications.Inbox;

/// <summary>The in-app notices of each person.</summary>
public interface INoticeInbox
{
    /// <summary>Keeps <paramref name="notice"/> at once (not with a command), unless one of its id is kept already.</summary>
    Task KeepAsync(Notice notice, CancellationToken cancellationToken);

    /// <summary><paramref name="userId"/>'s notices, newest first: at most <paramref name="limit"/> after the first <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<Notice>> ListAsync(Guid userId, int skip, int limit, CancellationToken cancellationToken);

    /// <summary>How many notices <paramref name="userId"/> has.</summary>
    Task<int> CountAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>How many of <paramref name="userId"/>'s notices are not read yet.</summary>
    Task<int> CountUnreadAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Marks every unread notice of <paramref name="userId"/> read at <paramref name="at"/>; answers how many.</summary>
    Task<int> MarkAllReadAsync(Guid userId, DateTimeOffset at, CancellationToken cancellationToken);
}
