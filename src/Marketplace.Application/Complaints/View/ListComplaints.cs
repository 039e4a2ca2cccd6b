using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Marketplace.Application.Families;
using Mediator;

namespace Marketplace.Application.Complaints.View;

/// <summary>
/// The admins' queue (<see cref="Limit"/> at most): with <see cref="Status"/> only those, else all; unresolved
/// first, safety first among them, then oldest filed first. Each complaint listed is logged as a read of health data.
/// </summary>
public sealed record ListComplaints(ComplaintStatus? Status) : IQuery<IReadOnlyList<ComplaintView>>
{
    public const int Limit = 200;
}

public sealed class ListComplaintsHandler(ICurrentUser currentUser, IComplaintRepository complaints, IRecipientAccessLog accessLog)
    : IQueryHandler<ListComplaints, IReadOnlyList<ComplaintView>>
{
    public async ValueTask<IReadOnlyList<ComplaintView>> Handle(ListComplaints query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin handles complaints.");
        var queue = await complaints.ListAsync(query.Status, ListComplaints.Limit, cancellationToken);
        await accessLog.RecordComplaintReadsAsync(currentUser, queue, cancellationToken);
        return [.. queue.Select(ComplaintView.Of)];
    }
}
