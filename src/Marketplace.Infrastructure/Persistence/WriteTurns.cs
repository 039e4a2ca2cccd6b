namespace Marketplace.Infrastructure.Persistence;

/// <summary>
/// Whose turn it is to write. SQLite takes one writer at a time, and a writer that finds the file
/// locked retries in sleeps, which gave a booking under load a p99 near a second (docs/benchmarks.md).
/// On SQLite the app's commands therefore queue here, in order, before they open their transaction;
/// servers that take concurrent writers need no turns.
/// </summary>
public sealed class WriteTurns(bool serialize)
{
    private readonly SemaphoreSlim? _turn = serialize ? new SemaphoreSlim(1, 1) : null;

    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        if (_turn is null)
        {
            return Done.Instance;
        }

        await _turn.WaitAsync(cancellationToken);
        return new Release(_turn);
    }

    private sealed class Release(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }

    private sealed class Done : IDisposable
    {
        public static readonly Done Instance = new();

        public void Dispose()
        {
        }
    }
}
