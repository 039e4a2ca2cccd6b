using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Ports;
using Mediator;
using Marketplace.Application.Common.Paging;

namespace Marketplace.Application.Payouts.List;

/// <summary>The payout batches, the newest first, a page at a time (admins only).</summary>
public sealed record ListPayoutBatches(int Page = 1, int PageSize = PageRequests.DefaultPageSize) : IQuery<Paged<PayoutBatchView>>, IPageRequest;

public sealed class ListPayoutBatchesValidator : FluentValidation.AbstractValidator<ListPayoutBatches>
{
    public ListPayoutBatchesValidator() => Include(new PageRequestValidator());
}

public sealed class ListPayoutBatchesHandler(ICurrentUser currentUser, IPayoutRepository payouts) : IQueryHandler<ListPayoutBatches, Paged<PayoutBatchView>>
{
    public async ValueTask<Paged<PayoutBatchView>> Handle(ListPayoutBatches query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin sees payouts.");
        var listed = await payouts.ListBatchesAsync(query.Skip(), query.PageSize, cancellationToken);
        return new Paged<PayoutBatchView>([.. listed.Select(PayoutBatchView.Of)], await payouts.CountBatchesAsync(cancellationToken), query.Page, query.PageSize);
    }
}
