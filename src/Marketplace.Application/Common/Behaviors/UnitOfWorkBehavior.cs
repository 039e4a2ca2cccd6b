using Marketplace.Application.Common.Ports;
using Mediator;

namespace Marketplace.Application.Common.Behaviors;

/// <summary>
/// Commands run inside one transaction that is saved and committed after the handler returns, so a
/// handler never calls SaveChanges itself and a failure half-way leaves nothing behind. Queries skip it.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        unitOfWork.RunInTransactionAsync(token => next(message, token), cancellationToken);
}
