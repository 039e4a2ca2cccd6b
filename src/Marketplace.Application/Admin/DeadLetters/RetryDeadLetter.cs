using Marketplace.Application.Accounts;
using Marketplace.Application.Common.Errors;
using Marketplace.Application.Common.Outbox;
using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Admin.DeadLetters;

/// <summary>An admin sends a dead letter again once its cause is fixed (a mail server back, a bad address corrected).</summary>
public sealed record RetryDeadLetter(Guid Id) : ICommand;

public sealed class RetryDeadLetterHandler(ICurrentUser currentUser, IDeadLetters deadLetters) : ICommandHandler<RetryDeadLetter>
{
    public async ValueTask<Unit> Handle(RetryDeadLetter command, CancellationToken cancellationToken)
    {
        currentUser.RequireRole(AccountRoles.Admin, "Only an admin can send failed messages again.");
        return await deadLetters.RetryAsync(command.Id, cancellationToken) ? Unit.Value : throw new NotFoundException("DeadLetter", command.Id);
    }
}
