namespace Marketplace.Application.Notifications.Delivery;

/// <summary>The addresses email does not reach; changes are saved with the command that makes them.</summary>
public interface IUndeliverableAddresses
{
    /// <summary>The record of <paramref name="address"/> (any letter case), or null when mail to it is not known to fail.</summary>
    Task<UndeliverableAddress?> FindAsync(string address, CancellationToken cancellationToken);

    /// <summary>Every undeliverable address, newest report first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<UndeliverableAddress>> ListAsync(int limit, CancellationToken cancellationToken);

    void Add(UndeliverableAddress address);

    void Remove(UndeliverableAddress address);
}
