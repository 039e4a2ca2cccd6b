using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Notifications.Inbox;

/// <summary>The signed-in person's notices, newest first, a page at a time, and how many are unread.</summary>
public sealed record GetMyNotices(int Page = 1, int PageSize = PageRequests.DefaultPageSize) : IQuery<MyNotices>, IPageRequest;

/// <summary>
/// A page of notices, shaped as every paged list (<see cref="Paged{T}"/>): <paramref name="Items"/>, <paramref name="Total"/>
/// (all the person's notices), <paramref name="Page"/>, <paramref name="PageSize"/>; and <paramref name="Unread"/>, how
/// many of all are not read yet.
/// </summary>
public sealed record MyNotices(int Unread, IReadOnlyList<NoticeView> Items, int Total, int Page, int PageSize);

/// <summary>One notice: what happened (<paramref name="Title"/>), the whole message, when, and whether it was read.</summary>
public sealed record NoticeView(Guid Id, string Title, string Text, DateTimeOffset CreatedAt, bool Read);

public sealed class GetMyNoticesValidator : FluentValidation.AbstractValidator<GetMyNotices>
{
    public GetMyNoticesValidator() => Include(new PageRequestValidator());
}

public sealed class GetMyNoticesHandler(ICurrentUser currentUser, INoticeInbox inbox) : IQueryHandler<GetMyNotices, MyNotices>
{
    public async ValueTask<MyNotices> Handle(GetMyNotices query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var notices = await inbox.ListAsync(userId, query.Skip(), query.PageSize, cancellationToken);
        return new MyNotices(
            await inbox.CountUnreadAsync(userId, cancellationToken),
            [.. notices.Select(n => new NoticeView(n.Id, n.Title, n.Text, n.CreatedAt, n.ReadAt is not null))],
            await inbox.CountAsync(userId, cancellationToken),
            query.Page,
            query.PageSize);
    }
}
