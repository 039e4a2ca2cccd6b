using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Admin.DeadLetters;

/// <summary>An admin sees the side effects (emails, index updates) that failed for good, newest first.</summary>
public sealed record ListDeadLetters : IQuery<IReadOnlyList<DeadLetter>>
{
    public const int Limit = 200;
}

public sealed class ListDeadLettersHandler(ICurrentUser currentUser, IDeadLetters deadLetters) : IQueryHandler<ListDeadLetters, IReadOnlyList<DeadLetter>>
{
    public async ValueTask<IReadOnlyList<DeadLetter>> Handle(ListDeadLetters query, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can see failed messages.");
        return await deadLetters.ListAsync(ListDeadLetters.Limit, cancellationToken);
    }
}
