using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Paging;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Complaints.View;

/// <summary>
/// The admins' queue, a page at a time: with <see cref="Status"/> only those, else all; unresolved first, safety first
/// among them, then oldest filed first. Each complaint listed is logged as a read of health data.
/// </summary>
public sealed record ListComplaints(ComplaintStatus? Status, int Page = 1, int PageSize = PageRequests.DefaultPageSize)
    : IQuery<Paged<ComplaintView>>, IPageRequest;

public sealed class ListComplaintsValidator : FluentValidation.AbstractValidator<ListComplaints>
{
    public ListComplaintsValidator() => Include(new PageRequestValidator());
}

public sealed class ListComplaintsHandler(ICurrentUser currentUser, IComplaintRepository complaints, IRecipientAccessLog accessLog)
    : IQueryHandler<ListComplaints, Paged<ComplaintView>>
{
    public async ValueTask<Paged<ComplaintView>> Handle(ListComplaints query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin handles complaints.");
        var queue = await complaints.ListAsync(query.Status, query.Skip(), query.PageSize, cancellationToken);
        await accessLog.RecordComplaintReadsAsync(currentUser, queue, cancellationToken);
        return new Paged<ComplaintView>([.. queue.Select(ComplaintView.Of)], await complaints.CountAsync(query.Status, cancellationToken), query.Page, query.PageSize);
    }
}
