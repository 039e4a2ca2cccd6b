using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;
using Mediator;
using Marketplace.Application.Common.Paging;

namespace Marketplace.Application.Admin.DeadLetters;

/// <summary>An admin sees the side effects (emails, index updates) that failed for good, newest first, a page at a time.</summary>
public sealed record ListDeadLetters(int Page = 1, int PageSize = PageRequests.DefaultPageSize) : IQuery<Paged<DeadLetter>>, IPageRequest;

public sealed class ListDeadLettersValidator : FluentValidation.AbstractValidator<ListDeadLetters>
{
    public ListDeadLettersValidator() => Include(new PageRequestValidator());
}

public sealed class ListDeadLettersHandler(ICurrentUser currentUser, IDeadLetters deadLetters) : IQueryHandler<ListDeadLetters, Paged<DeadLetter>>
{
    public async ValueTask<Paged<DeadLetter>> Handle(ListDeadLetters query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can see failed messages.");
        var listed = await deadLetters.ListAsync(query.Skip(), query.PageSize, cancellationToken);
        return new Paged<DeadLetter>(listed, await deadLetters.CountAsync(cancellationToken), query.Page, query.PageSize);
    }
}
