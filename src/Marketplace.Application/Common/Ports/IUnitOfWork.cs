namespace Marketplace.Application.Common.Ports;

/// <summary>One database transaction around one command: everything it changed commits together or not at all.</summary>
public interface IUnitOfWork
{
    ValueTask<TResult> RunInTransactionAsync<TResult>(
        Func<CancellationToken, ValueTask<TResult>> work, CancellationToken cancellationToken);
}
