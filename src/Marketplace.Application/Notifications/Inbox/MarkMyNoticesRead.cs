using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Notifications.Inbox;

/// <summary>The signed-in person has read their notices; answers how many were unread.</summary>
public sealed record MarkMyNoticesRead : ICommand<int>;

public sealed class MarkMyNoticesReadHandler(ICurrentUser currentUser, INoticeInbox inbox, TimeProvider clock) : ICommandHandler<MarkMyNoticesRead, int>
{
    public async ValueTask<int> Handle(MarkMyNoticesRead command, CancellationToken cancellationToken) =>
        await inbox.MarkAllReadAsync(currentUser.RequireUserId(), clock.GetUtcNow(), cancellationToken);
}
