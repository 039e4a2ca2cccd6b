using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Notifications.Inbox;

/// <summary>How many notices the signed-in person has not read: the number beside the bell on every page.</summary>
public sealed record CountMyUnreadNotices : IQuery<int>;

public sealed class CountMyUnreadNoticesHandler(ICurrentUser currentUser, INoticeInbox inbox) : IQueryHandler<CountMyUnreadNotices, int>
{
    public async ValueTask<int> Handle(CountMyUnreadNotices query, CancellationToken cancellationToken) =>
        await inbox.CountUnreadAsync(currentUser.RequireUserId(), cancellationToken);
}
