using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Notifications.Inbox;

/// <summary>The signed-in person's latest notices (<see cref="Limit"/>, newest first) and how many are unread.</summary>
public sealed record GetMyNotices : IQuery<MyNotices>
{
    public const int Limit = 50;
}

/// <param name="Unread">How many notices are not read yet, of all (not only those listed).</param>
public sealed record MyNotices(int Unread, IReadOnlyList<NoticeView> Items);

/// <summary>One notice: what happened (<paramref name="Title"/>), the whole message, when, and whether it was read.</summary>
public sealed record NoticeView(Guid Id, string Title, string Text, DateTimeOffset CreatedAt, bool Read);

public sealed class GetMyNoticesHandler(ICurrentUser currentUser, INoticeInbox inbox) : IQueryHandler<GetMyNotices, MyNotices>
{
    public async ValueTask<MyNotices> Handle(GetMyNotices query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var notices = await inbox.ListAsync(userId, GetMyNotices.Limit, cancellationToken);
        return new MyNotices(
            await inbox.CountUnreadAsync(userId, cancellationToken),
            [.. notices.Select(n => new NoticeView(n.Id, n.Title, n.Text, n.CreatedAt, n.ReadAt is not null))]);
    }
}
