namespace Marketplace.TestSupport;

/// <summary>
/// Waits for what the app does in the background after it has answered (the outbox sends emails, updates the
/// search index, deletes replaced files): polls every 100 ms and fails after 15 s, saying what did not happen.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns once <paramref name="condition"/> holds; fails with "<paramref name="what"/> within 15 s" if it never does.</summary>
    public static Task TrueAsync(Func<Task<bool>> condition, string what) => TrueAsync(condition, what, Within);

    /// <summary>As <see cref="TrueAsync(Func{Task{bool}}, string)"/>, waiting at most <paramref name="within"/> (a benchmark's bulk work).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{what} within {within.TotalSeconds:0} s");
            }

            await Task.Delay(Every);
        }
    }

    /// <summary>As <see cref="TrueAsync(Func{Task{bool}}, string)"/>, for a condition that needs no waiting to check.</summary>
    public static Task TrueAsync(Func<bool> condition, string what) => TrueAsync(() => Task.FromResult(condition()), what);

    /// <summary>The first thing <paramref name="probe"/> finds; fails as <see cref="TrueAsync(Func{Task{bool}}, string)"/> if it finds nothing.</summary>
    public static async Task<T> FoundAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        T? found = null;
        await TrueAsync(async () => (found = await probe()) is not null, what);
        return found!;
    }
}
