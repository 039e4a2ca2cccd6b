using System.Collections.Concurrent;

namespace Marketplace.Infrastructure.Notifications;

/// <summary>
/// The ids of the emails this instance handed to a provider lately, at most <see cref="Capacity"/> (the oldest forgotten
/// first): enough to cover an outbox retry of the same message, which comes within minutes. Lost on restart.
/// </summary>
internal sealed class RecentlySent
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<Guid, byte> _ids = new();
    private readonly ConcurrentQueue<Guid> _order = new();

    public bool Contains(Guid id) => _ids.ContainsKey(id);

    public void Add(Guid id)
    {
        if (!_ids.TryAdd(id, 0))
        {
            return;
        }

        _order.Enqueue(id);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _ids.TryRemove(oldest, out _);
        }
    }
}
